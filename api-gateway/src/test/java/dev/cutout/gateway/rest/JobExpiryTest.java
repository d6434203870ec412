package dev.cutout.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.rabbitmq.client.GetResponse;
import dev.cutout.gateway.FakeWorker;
import dev.cutout.image.TestImages;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(JobExpiryTest.ShortRetention.class)
class JobExpiryTest {

    public static class ShortRetention implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cutout-gateway.retention", "4s");
        }
    }

    @Test
    void aFinishedJobIs410OnceTheRetentionHasPassed() throws Exception {
        // Warm the upload path first: on a busy machine the first request of a fresh app can take seconds.
        given().contentType("image/png").body(TestImages.pngHeader(100_000, 100_000)).post("/api/v1/jobs")
                .then().statusCode(413);
        try (FakeWorker worker = new FakeWorker()) {
            String id = given().contentType("image/png").body(TestImages.png(8, 8)).post("/api/v1/jobs")
                    .then().statusCode(202).extract().path("id");
            GetResponse job = worker.take(id);
            worker.finish(job, TestImages.png(8, 8));
            given().get("/api/v1/jobs/" + id + "/result").then().statusCode(200);
            Thread.sleep(5_000);
            given().get("/api/v1/jobs/" + id).then().statusCode(410).body("status", equalTo(410));
            given().get("/api/v1/jobs/" + id + "/result").then().statusCode(410);
            given().delete("/api/v1/jobs/" + id).then().statusCode(410);
        }
    }
}
