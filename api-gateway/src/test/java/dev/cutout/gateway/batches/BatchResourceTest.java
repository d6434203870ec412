package dev.cutout.gateway.batches;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.GetResponse;
import dev.cutout.contract.ErrorCode;
import dev.cutout.gateway.FakeWorker;
import dev.cutout.gateway.jobs.JobIds;
import dev.cutout.image.TestImages;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The batch endpoints on the real RabbitMQ, a {@link FakeWorker} doing the workers' part. */
@QuarkusTest
class BatchResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] BROKEN_JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0, 1, 2, 3};

    @TestHTTPResource("/")
    URL base;

    private static ExtractableResponse<Response> post(byte[] zip) {
        return given().contentType("application/zip").body(zip).queryParam("output", "mask")
                .when().post("/api/v1/batches").then().extract();
    }

    @Test
    void queuesGoodEntriesAsJobsAndListsBadOnesAsFailedItemsWithTheirReason() throws Exception {
        byte[] cat = TestImages.png(24, 16);
        byte[] dog = TestImages.png(16, 24);
        byte[] zip = new TestZips().directory("shop/").add("shop/cat.png", cat).add("shop/dog.png", dog)
                .add("broken.jpg", BROKEN_JPEG).add("../escape.png", cat).add("notes.txt", "hi".getBytes()).bytes();
        try (FakeWorker worker = new FakeWorker()) {
            ExtractableResponse<Response> accepted = post(zip);
            assertThat(accepted.statusCode()).as(accepted.body().asString()).isEqualTo(202);
            String id = accepted.path("id");
            assertThat(accepted.header("Location")).matches(".*/api/v1/batches/" + id);
            assertThat(accepted.<Integer>path("counts.total")).isEqualTo(5);
            assertThat(accepted.<Integer>path("counts.queued")).isEqualTo(2);
            assertThat(accepted.<Integer>path("counts.failed")).isEqualTo(3);

            Map<String, GetResponse> jobs = new HashMap<>();
            for (int i = 0; i < 2; i++) {
                GetResponse job = worker.takeAny();
                jobs.put(FakeWorker.read(job).fileName().orElseThrow(), job);
            }
            assertThat(jobs).containsOnlyKeys("cat", "dog");
            assertThat(FakeWorker.read(jobs.get("cat")).options().output().name()).isEqualTo("MASK");
            byte[] catPng = TestImages.png(24, 16);
            worker.finish(jobs.get("cat"), catPng);

            given().get("/api/v1/batches/" + id).then().statusCode(200)
                    .body("finished", equalTo(false)).body("counts.done", equalTo(1))
                    .body("counts.queued", equalTo(1))
                    .body("items[0].name", equalTo("shop/cat.png")).body("items[0].status", equalTo("done"))
                    .body("items[0].output", equalTo("shop/cat_no_bg.png"))
                    .body("items[2].error.code", equalTo(ErrorCode.CORRUPT_IMAGE.name()))
                    .body("items[3].error.code", equalTo(ErrorCode.INVALID_OPTIONS.name()))
                    .body("items[4].error.code", equalTo(ErrorCode.UNSUPPORTED_FORMAT.name()));

            Map<String, byte[]> partial = unzip(given().get("/api/v1/batches/" + id + "/result").then()
                    .statusCode(200).contentType("application/zip").extract().asByteArray());
            assertThat(partial).containsOnlyKeys("shop/cat_no_bg.png", BatchResultZip.MANIFEST);
            assertThat(partial.get("shop/cat_no_bg.png")).isEqualTo(catPng);
            JsonNode manifest = JSON.readTree(partial.get(BatchResultZip.MANIFEST));
            assertThat(manifest.path("finished").asBoolean()).isFalse();
            assertThat(manifest.path("items").get(1).path("status").asText()).isEqualTo("queued");
            assertThat(manifest.path("items").get(0).path("outputSha256").asText()).isEqualTo(BatchService.sha256(catPng));
            assertThat(manifest.path("items").get(0).path("inputBytes").asLong()).isEqualTo(cat.length);

            worker.fail(jobs.get("dog"), ErrorCode.CORRUPT_IMAGE, "cannot decode");
            JsonNode last = JSON.readTree(unzip(given().get("/api/v1/batches/" + id + "/result").then()
                    .statusCode(200).extract().asByteArray()).get(BatchResultZip.MANIFEST));
            assertThat(last.path("finished").asBoolean()).isTrue();
            assertThat(last.path("counts").path("done").asInt()).isEqualTo(1);
            assertThat(last.path("counts").path("failed").asInt()).isEqualTo(4);
            JsonNode escape = last.path("items").get(3);
            assertThat(escape.path("name").asText()).isEqualTo("../escape.png");
            assertThat(escape.path("errorMessage").asText()).contains("'..' segment");
            assertThat(escape.has("output")).isFalse();
        }
    }

    @Test
    void eventsStartWithTheBatchAndEndOnceEveryItemHasFinished() throws Exception {
        byte[] zip = new TestZips().add("a.png", TestImages.png(8, 8)).add("b.txt", "x".getBytes()).bytes();
        try (FakeWorker worker = new FakeWorker()) {
            String id = post(zip).path("id");
            GetResponse job = worker.takeAny();
            HttpResponse<Stream<String>> events = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "api/v1/batches/" + id + "/events"))
                            .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofLines());
            Iterator<String> lines = events.body().iterator();
            assertThat(next(lines)).isEqualTo("event:batch");
            assertThat(next(lines)).contains("\"finished\":false", "\"queued\":1", "\"failed\":1");
            worker.finish(job, TestImages.png(8, 8));

            assertThat(next(lines)).isEqualTo("event:item");
            assertThat(next(lines)).contains("\"name\":\"a.png\"", "\"status\":\"done\"");
            assertThat(next(lines)).isEqualTo("event:batch");
            assertThat(next(lines)).contains("\"finished\":true", "\"done\":1");

            // An EventSource reconnecting after the last event sends its id: nothing more to send.
            HttpResponse<String> again = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "api/v1/batches/" + id + "/events"))
                            .header("Accept", "text/event-stream").header("Last-Event-ID", "finished")
                            .timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).isEqualTo(204);
        }
    }

    @Test
    void refusesABodyThatIsNotAZipAsAProblem() {
        given().contentType("application/zip").body(TestImages.png(8, 8)).when().post("/api/v1/batches")
                .then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("UNSUPPORTED_FORMAT")).body("detail", equalTo("The body is not a zip archive"));
    }

    @Test
    void refusesABombAsAProblemAndDeletesTheJobsAlreadyQueuedForIt() throws Exception {
        byte[] zip = new TestZips().add("first.png", TestImages.png(8, 8)).add("bomb.png", new byte[64 << 20]).bytes();
        try (FakeWorker worker = new FakeWorker()) {
            given().contentType("application/zip").body(zip).when().post("/api/v1/batches")
                    .then().statusCode(413).contentType("application/problem+json")
                    .body("code", equalTo("TOO_LARGE")).body("detail", org.hamcrest.Matchers.containsString("zip bomb"));
            String orphan = FakeWorker.read(worker.takeAny()).jobId().orElseThrow();
            given().get("/api/v1/jobs/" + orphan).then().statusCode(404);
        }
    }

    @Test
    void isDocumentedInTheOpenApiDocument() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/batches'.post.requestBody.content.'application/zip'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/batches'.post.parameters.name", org.hamcrest.Matchers.hasItems("output", "model"))
                .body("paths.'/api/v1/batches/{id}/result'.get.responses.'200'.content.'application/zip'",
                        org.hamcrest.Matchers.notNullValue())
                .body("components.schemas.Batch.properties.counts", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void refusesABadOptionBeforeReadingTheZip() {
        given().contentType("application/zip").body(new TestZips().add("a.png", TestImages.png(8, 8)).bytes())
                .queryParam("output", "sculpture").when().post("/api/v1/batches")
                .then().statusCode(400).body("code", equalTo("INVALID_OPTIONS"));
    }

    @Test
    void answers404ForAnUnknownBatchAnd410ForAnExpiredOne() {
        given().get("/api/v1/batches/" + JobIds.next(Instant.now())).then().statusCode(404)
                .contentType("application/problem+json").body("type", matchesPattern(".*batch-not-found"));
        String old = JobIds.next(Instant.now().minus(Duration.ofHours(2)));
        given().get("/api/v1/batches/" + old).then().statusCode(410);
        given().get("/api/v1/batches/" + old + "/result").then().statusCode(410);
        given().get("/api/v1/batches/not-an-id/events").then().statusCode(404);
    }

    private static String next(Iterator<String> lines) {
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("event:") || line.startsWith("data:")) {
                return line;
            }
        }
        throw new AssertionError("stream ended");
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
