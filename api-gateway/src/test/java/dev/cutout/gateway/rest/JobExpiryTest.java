package dev.cutout.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.rabbitmq.client.GetResponse;
import dev.cutout.gateway.FakeWorker;
import dev.cutout.image.TestImages;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import dev.cutout.contract.JobStatus;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@QuarkusTest
@TestProfile(JobExpiryTest.ShortRetention.class)
class JobExpiryTest {

    public static class ShortRetention implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cutout-gateway.retention", "4s");
        }
    }

    @TestHTTPResource("/")
    URL base;

    /**
     * A job whose worker goes quiet (here: never finishes) while a client watches: once its last event is a
     * retention old the broker has dropped it, and the stream ends with failed TIMEOUT instead of hanging.
     * The bound is only there so a regression fails instead of hanging the build.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aJobThatExpiresWhileWatchedEndsItsStreamAsFailedTimeout() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            String id = given().contentType("image/png").body(TestImages.png(8, 8)).post("/api/v1/jobs")
                    .then().statusCode(202).extract().path("id");
            GetResponse job = worker.take(id);
            worker.progress(job, JobStatus.INFERRING);
            SseLines stream = SseLines.open(base, id, Optional.empty());
            SseLines.Event inferring = stream.next().orElseThrow();
            assertThat(inferring.name()).isEqualTo("inferring");

            SseLines.Event end = stream.next().orElseThrow();
            assertThat(end.name()).isEqualTo("failed");
            assertThat(end.data()).contains("\"code\":\"TIMEOUT\"", "outlived its retention of 4 s");
            assertThat(EventId.parse(end.id()).orElseThrow().at())
                    .isAfterOrEqualTo(EventId.parse(inferring.id()).orElseThrow().at().plusSeconds(4));
            assertThat(stream.next()).as("the stream has ended").isEmpty();
            given().get("/api/v1/jobs/" + id).then().statusCode(410).contentType("application/problem+json");
            given().get("/api/v1/jobs/" + id + "/result").then().statusCode(410);

            // The stream's TIMEOUT was its verdict then; a worker that still finishes while the job's queue
            // exists (it goes once unused for a retention) delivers its result to whoever asks afterwards.
            worker.finish(job, TestImages.png(8, 8));
            given().get("/api/v1/jobs/" + id).then().statusCode(200).body("status", equalTo("done"));
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
