package dev.cutout.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.rabbitmq.client.GetResponse;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.OutputKind;
import dev.cutout.gateway.FakeWorker;
import dev.cutout.gateway.TestBroker;
import dev.cutout.image.TestImages;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestBroker.class)
class JobSubmitTest {

    @Test
    void acceptsMultipartUploadWith202AndLocationAndQueuesTheImage() throws Exception {
        byte[] png = TestImages.png(64, 48);
        try (FakeWorker worker = new FakeWorker()) {
            String id = given().multiPart("file", "holiday photo.png", png, "image/png").multiPart("quality", "true")
                    .multiPart("matting", "true")
                    .when().post("/api/v1/jobs")
                    .then().statusCode(202)
                    .header("Location", matchesPattern(".*/api/v1/jobs/[0-9a-f-]{36}"))
                    .body("status", equalTo("queued")).body("progress", equalTo(0))
                    .body("links.result", containsString("/result"))
                    .extract().path("id");
            GetResponse job = worker.take(id);
            assertThat(job.getBody()).isEqualTo(png);
            assertThat(job.getProps().getContentType()).isEqualTo("image/png");
            assertThat(job.getProps().getReplyTo()).isEqualTo("cutout.job." + id);
            JobOptions options = FakeWorker.read(job).options();
            assertThat(options.quality()).isTrue();
            assertThat(options.matting()).isTrue();
            assertThat(options.fileName()).contains("holiday_photo");
        }
    }

    @Test
    void acceptsRawBodyWithOptionsAsQueryParameters() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            String id = given().contentType("application/octet-stream").body(TestImages.png(20, 20))
                    .queryParam("output", "background").queryParam("background", "00ff00").queryParam("model", "small")
                    .queryParam("matting", "on")
                    .when().post("/api/v1/jobs")
                    .then().statusCode(202).extract().path("id");
            JobOptions options = FakeWorker.read(worker.take(id)).options();
            assertThat(options.output()).isEqualTo(OutputKind.BACKGROUND);
            assertThat(options.background()).isEqualTo(0x00FF00);
            assertThat(options.model()).contains("small");
            assertThat(options.matting()).isTrue();
            assertThat(options.quality()).isFalse();
        }
    }

    @Test
    void refusesATextFileAs415ProblemWithAHumanMessage() {
        given().multiPart("file", "notes.txt", "hello, not an image".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/api/v1/jobs")
                .then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("UNSUPPORTED_FORMAT")).body("status", equalTo(415))
                .body("type", equalTo("urn:cutout:problem:unsupported-format"))
                .body("detail", containsString("not an image format"));
    }

    @Test
    void refusesPngWhoseHeaderClaimsTenGigapixelsAs413() {
        given().contentType("image/png").body(TestImages.pngHeader(100_000, 100_000))
                .when().post("/api/v1/jobs")
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("TOO_MANY_PIXELS")).body("detail", containsString("100000"));
    }

    @Test
    void refusesBytesOverTheLimitAs413() {
        byte[] big = new byte[300_000];
        System.arraycopy(TestImages.png(8, 8), 0, big, 0, 30);
        given().contentType("image/png").body(big)
                .when().post("/api/v1/jobs")
                .then().statusCode(413).body("code", equalTo("TOO_LARGE")).body("detail", containsString("limit"));
    }

    @Test
    void refusesATruncatedPngAs400Corrupt() {
        byte[] png = TestImages.png(32, 32);
        byte[] cut = java.util.Arrays.copyOf(png, 20);
        given().contentType("image/png").body(cut)
                .when().post("/api/v1/jobs")
                .then().statusCode(400).body("code", equalTo("CORRUPT_IMAGE"));
    }

    @Test
    void refusesAnUnknownModelAs400InvalidOptions() {
        given().multiPart("file", "a.png", TestImages.png(8, 8), "image/png").multiPart("model", "huge")
                .when().post("/api/v1/jobs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("INVALID_OPTIONS")).body("detail", containsString("small or medium"));
    }

    @Test
    void refusesAFlagThatIsNeitherTrueNorFalseNamingTheQueryParameter() {
        given().contentType("image/png").body(TestImages.png(8, 8)).queryParam("quality", "maybe")
                .when().post("/api/v1/jobs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("INVALID_OPTIONS"))
                .body("detail", equalTo("Option 'quality' must be true or false, not 'maybe'"));
    }

    @Test
    void refusesABackgroundThatIsNotAColourNamingTheFormField() {
        given().multiPart("file", "a.png", TestImages.png(8, 8), "image/png").multiPart("background", "red")
                .when().post("/api/v1/jobs")
                .then().statusCode(400).body("code", equalTo("INVALID_OPTIONS"))
                .body("detail", equalTo("Option 'background' must look like #rrggbb, not 'red'"));
    }

    @Test
    void refusesAFormWithoutFileAs400() {
        given().multiPart("model", "small")
                .when().post("/api/v1/jobs")
                .then().statusCode(400).body("code", equalTo("INVALID_OPTIONS"));
    }

    @Test
    void answersAnUnknownRouteWithAProblem() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }
}
