package dev.cutout.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.rabbitmq.client.GetResponse;
import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobStatus;
import dev.cutout.contract.QualityReport;
import dev.cutout.gateway.FakeWorker;
import dev.cutout.gateway.jobs.JobIds;
import dev.cutout.image.TestImages;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JobLifecycleTest {

    @TestHTTPResource("/")
    URL base;

    private static String submit(String fileName) {
        return given().multiPart("file", fileName, TestImages.png(16, 16), "image/png")
                .when().post("/api/v1/jobs").then().statusCode(202).extract().path("id");
    }

    @Test
    void statusFollowsTheJobFromQueuedToDone() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            String id = submit("cat.png");
            given().get("/api/v1/jobs/" + id).then().statusCode(200)
                    .body("id", equalTo(id)).body("status", equalTo("queued")).body("progress", equalTo(0));
            GetResponse job = worker.take(id);
            worker.progress(job, JobStatus.INFERRING);
            given().get("/api/v1/jobs/" + id).then().statusCode(200)
                    .body("status", equalTo("inferring")).body("progress", equalTo(25));
            worker.finish(job, TestImages.png(16, 16));
            given().get("/api/v1/jobs/" + id).then().statusCode(200)
                    .body("status", equalTo("done")).body("progress", equalTo(100))
                    .body("links.result", equalTo("/api/v1/jobs/" + id + "/result"));
        }
    }

    @Test
    void resultIsThePngAsAnAttachmentAndCanBeFetchedAgain() throws Exception {
        byte[] png = TestImages.png(24, 12);
        try (FakeWorker worker = new FakeWorker()) {
            String id = submit("C:\\photos\\My Photo (1).jpeg");
            GetResponse job = worker.take(id);
            given().get("/api/v1/jobs/" + id + "/result").then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("queued"));
            worker.finish(job, png);
            for (int i = 0; i < 2; i++) {
                byte[] body = given().get("/api/v1/jobs/" + id + "/result").then().statusCode(200)
                        .contentType("image/png")
                        .header("Content-Disposition", "attachment; filename=\"My_Photo_1_no_bg.png\"")
                        .extract().asByteArray();
                assertThat(body).isEqualTo(png);
            }
        }
    }

    @Test
    void aDoneJobCarriesItsQualityReportInStatusEventsAndResultHeaders() throws Exception {
        QualityReport report = new QualityReport("pad25-edge", "the plain run kept almost nothing", 2, 0.004, 0.0,
                0.31, 0.01, Optional.of(QualityReport.Doubt.NO_CLEAR_SUBJECT));
        try (FakeWorker worker = new FakeWorker()) {
            String id = submit("grey.png");
            GetResponse job = worker.take(id);
            HttpResponse<Stream<String>> events = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "api/v1/jobs/" + id + "/events"))
                            .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofLines());
            Iterator<String> lines = events.body().iterator();
            assertThat(nextData(lines)).contains("\"status\":\"queued\"").doesNotContain("quality");
            worker.finish(job, TestImages.png(16, 16), report);

            assertThat(nextData(lines)).contains("\"status\":\"done\"", "\"chosen\":\"pad25-edge\"",
                    "\"doubt\":\"NO_CLEAR_SUBJECT\"");
            given().get("/api/v1/jobs/" + id).then().statusCode(200)
                    .body("status", equalTo("done"))
                    .body("quality.chosen", equalTo("pad25-edge"))
                    .body("quality.reason", equalTo("the plain run kept almost nothing"))
                    .body("quality.modelRuns", equalTo(2))
                    .body("quality.keptShare", equalTo(0.004f))
                    .body("quality.borderContact", equalTo(0.0f))
                    .body("quality.agreement", equalTo(0.31f))
                    .body("quality.softShare", equalTo(0.01f))
                    .body("quality.doubt", equalTo("NO_CLEAR_SUBJECT"));
            given().get("/api/v1/jobs/" + id + "/result").then().statusCode(200)
                    .header("Cutout-Quality", "chosen=pad25-edge; runs=2")
                    .header("Cutout-Doubt", "no-clear-subject");
        }
    }

    @Test
    void aConfidentResultHasQualityWithANullDoubtAndNoDoubtHeader() throws Exception {
        QualityReport report = new QualityReport("plain", "the candidates agree", 2, 0.35, 0.02, 0.97, 0.03,
                Optional.empty());
        try (FakeWorker worker = new FakeWorker()) {
            String id = submit("car.png");
            worker.finish(worker.take(id), TestImages.png(16, 16), report);

            String body = given().get("/api/v1/jobs/" + id).then().statusCode(200)
                    .body("quality.chosen", equalTo("plain")).extract().asString();
            assertThat(body).contains("\"doubt\":null");
            given().get("/api/v1/jobs/" + id + "/result").then().statusCode(200)
                    .header("Cutout-Quality", "chosen=plain; runs=2")
                    .header("Cutout-Doubt", nullValue());
        }
    }

    @Test
    void aDoneEventWithoutAReportHasNoQualityAndNoQualityHeaders() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            String id = submit("old.png");
            worker.finish(worker.take(id), TestImages.png(16, 16));

            String body = given().get("/api/v1/jobs/" + id).then().statusCode(200)
                    .body("status", equalTo("done")).extract().asString();
            assertThat(body).doesNotContain("quality");
            given().get("/api/v1/jobs/" + id + "/result").then().statusCode(200)
                    .header("Cutout-Quality", nullValue()).header("Cutout-Doubt", nullValue());
        }
    }

    @Test
    void failedJobShowsItsErrorAndHasNoResult() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            String id = submit("x.png");
            worker.fail(worker.take(id), ErrorCode.CORRUPT_IMAGE, "The file is damaged");
            given().get("/api/v1/jobs/" + id).then().statusCode(200).body("status", equalTo("failed"))
                    .body("error.code", equalTo("CORRUPT_IMAGE")).body("error.message", equalTo("The file is damaged"));
            given().get("/api/v1/jobs/" + id + "/result").then().statusCode(409).body("code", equalTo("CORRUPT_IMAGE"));
        }
    }

    @Test
    void unknownOrMalformedIdsAre404Everywhere() {
        String never = JobIds.next(Instant.now());
        for (String id : List.of(never, "not-a-job", never.toUpperCase())) {
            given().get("/api/v1/jobs/" + id).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:cutout:problem:job-not-found"));
        }
        given().get("/api/v1/jobs/" + never + "/result").then().statusCode(404);
        given().get("/api/v1/jobs/" + never + "/events").then().statusCode(404);
        given().delete("/api/v1/jobs/" + never).then().statusCode(404);
    }

    @Test
    void anOldIdIs410EvenWhenItsQueueIsLongGone() {
        String old = JobIds.next(Instant.now().minus(Duration.ofHours(1)));
        given().get("/api/v1/jobs/" + old).then().statusCode(410).body("type", equalTo("urn:cutout:problem:job-expired"));
        given().get("/api/v1/jobs/" + old + "/result").then().statusCode(410);
    }

    @Test
    void deleteForgetsTheJob() {
        String id = submit("d.png");
        given().delete("/api/v1/jobs/" + id).then().statusCode(204);
        given().get("/api/v1/jobs/" + id).then().statusCode(404);
        given().get("/api/v1/jobs/" + id + "/result").then().statusCode(404);
    }

    @Test
    void eventStreamStartsWithTheCurrentStateThenLiveEventsAndEndsAfterDone() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            String id = submit("s.png");
            GetResponse job = worker.take(id);
            worker.progress(job, JobStatus.INFERRING); // before the client arrives
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "api/v1/jobs/" + id + "/events"))
                            .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            Iterator<String> lines = response.body().iterator();
            List<String> data = new ArrayList<>();
            data.add(nextData(lines));
            assertThat(data.get(0)).contains("\"status\":\"inferring\"");
            worker.progress(job, JobStatus.REFINING);
            worker.finish(job, TestImages.png(16, 16));
            while (lines.hasNext()) { // ends when the server closes the stream
                String line = lines.next();
                if (line.startsWith("data:")) {
                    data.add(line);
                }
            }
            assertThat(data).hasSize(3);
            assertThat(data.get(1)).contains("\"status\":\"refining\"");
            assertThat(data.get(2)).contains("\"status\":\"done\"", "\"progress\":100");
        }
    }

    private static String nextData(Iterator<String> lines) {
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("data:")) {
                return line;
            }
        }
        throw new AssertionError("stream ended without data");
    }
}
