package dev.cutout.gateway.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.rabbitmq.client.GetResponse;
import dev.cutout.gateway.FakeWorker;
import dev.cutout.gateway.TestBroker;
import dev.cutout.image.TestImages;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A server started with two API keys. */
@QuarkusTest
@QuarkusTestResource(TestBroker.class)
@TestProfile(ApiKeyTest.WithKeys.class)
class ApiKeyTest {

    static final String KEY = "k3y-for-the-shop";
    static final String OTHER_KEY = "second-key";

    public static class WithKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cutout.auth.api-keys", KEY + "," + OTHER_KEY);
        }
    }

    private static ValidatableResponse unauthorized(ValidatableResponse response) {
        return response.statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo(ApiKeyFilter.CHALLENGE))
                .header("Content-Security-Policy", equalTo(SecurityHeaders.STRICT_POLICY))
                .body("type", equalTo("urn:cutout:problem:unauthorized")).body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("detail", not(containsString(KEY)));
    }

    @Test
    void infoIsOpenAndSaysAKeyIsRequired() {
        given().get("/api/v1/info").then().statusCode(200).body("apiKeyRequired", equalTo(true));
    }

    @Test
    void everyOtherCallWithoutAKeyIs401WithASentence() {
        unauthorized(given().contentType("image/png").body(TestImages.png(8, 8)).post("/api/v1/jobs").then())
                .body("detail", containsString("X-API-Key"));
        unauthorized(given().get("/api/v1/jobs/some-job").then());
        unauthorized(given().delete("/api/v1/jobs/some-job").then());
        unauthorized(given().get("/api/v1/jobs/some-job/result").then());
        unauthorized(given().get("/api/v1/batches/some-batch").then());
        unauthorized(given().get("/api/v1/nothing-here").then());
        unauthorized(given().post("/api/v1/info").then());
    }

    @Test
    void aWrongKeyIs401AndItIsNotEchoed() {
        unauthorized(given().header("X-API-Key", KEY + "x").get("/api/v1/jobs/some-job").then())
                .body("detail", containsString("not accepted"));
        unauthorized(given().header("Authorization", "Bearer " + KEY.substring(1)).get("/api/v1/jobs/some-job").then());
        unauthorized(given().header("Authorization", "Basic " + KEY).get("/api/v1/jobs/some-job").then());
    }

    @Test
    void theKeyInEitherHeaderLetsAJobThroughFromSubmitToResult() throws Exception {
        byte[] png = TestImages.png(16, 16);
        try (FakeWorker worker = new FakeWorker()) {
            String id = given().header("X-API-Key", KEY).contentType("image/png").queryParam("file-name", "Café.png")
                    .body(png).post("/api/v1/jobs").then().statusCode(202).extract().path("id");
            GetResponse job = worker.take(id);
            worker.finish(job, png);
            given().header("Authorization", "Bearer " + OTHER_KEY).get("/api/v1/jobs/" + id).then().statusCode(200)
                    .body("status", equalTo("done"));
            byte[] body = given().header("X-API-Key", KEY).get("/api/v1/jobs/" + id + "/result").then().statusCode(200)
                    .header("Content-Disposition",
                            equalTo("attachment; filename=\"Cafe_no_bg.png\"; filename*=UTF-8''Caf%C3%A9_no_bg.png"))
                    .extract().asByteArray();
            assertThat(body).isEqualTo(png);
            given().get("/api/v1/jobs/" + id + "/events?api-key=" + KEY).then().statusCode(200)
                    .contentType(containsString("text/event-stream")).body(containsString("event:done"));
            unauthorized(given().get("/api/v1/jobs/" + id + "?api-key=" + KEY).then());
            unauthorized(given().get("/api/v1/jobs/" + id + "/result?api-key=" + KEY).then());
            given().header("X-API-Key", KEY).delete("/api/v1/jobs/" + id).then().statusCode(204);
        }
    }

    @Test
    void thePageHealthMetricsAndOpenApiStayOpen() {
        given().get("/").then().statusCode(200);
        given().get("/js/api.js").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
