package dev.cutout.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.rabbitmq.client.GetResponse;
import dev.cutout.contract.ErrorCode;
import dev.cutout.gateway.FakeWorker;
import dev.cutout.image.TestImages;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RemoveBackgroundTest {

    /** Answers the next job arriving at the workers' exchange, however the test submitted it. */
    private static CompletableFuture<Void> workerAnswers(FakeWorker worker, WorkerStep step) {
        return CompletableFuture.runAsync(() -> {
            try {
                step.run(worker.takeAny());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    interface WorkerStep {
        void run(GetResponse job) throws Exception;
    }

    @Test
    void returnsThePngWhenTheWorkerFinishes() throws Exception {
        byte[] png = TestImages.png(10, 10);
        try (FakeWorker worker = new FakeWorker()) {
            CompletableFuture<Void> answered = workerAnswers(worker, job -> worker.finish(job, png));
            byte[] body = given().multiPart("file", "dog.png", TestImages.png(30, 30), "image/png")
                    .when().post("/api/v1/remove-background")
                    .then().statusCode(200).contentType("image/png")
                    .header("Content-Disposition", "attachment; filename=\"dog_no_bg.png\"")
                    .extract().asByteArray();
            assertThat(body).isEqualTo(png);
            answered.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void answersAWorkerRefusalAsItsProblem() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            workerAnswers(worker, job -> worker.fail(job, ErrorCode.CORRUPT_IMAGE, "The file is damaged"));
            given().contentType("image/png").body(TestImages.png(30, 30))
                    .when().post("/api/v1/remove-background")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("CORRUPT_IMAGE")).body("detail", equalTo("The file is damaged"));
        }
    }

    @Test
    void answers504WhenNoWorkerRepliesInTime() {
        given().contentType("image/png").body(TestImages.png(30, 30))
                .when().post("/api/v1/remove-background")
                .then().statusCode(504).contentType("application/problem+json")
                .body("code", equalTo("TIMEOUT")).body("detail", containsString("still queued"));
    }

    @Test
    void refusesBadInputBeforeWaiting() {
        given().contentType("application/octet-stream").body("plain text".getBytes())
                .when().post("/api/v1/remove-background")
                .then().statusCode(415).body("code", equalTo("UNSUPPORTED_FORMAT"));
    }
}
