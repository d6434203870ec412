package dev.cutout.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.GetResponse;
import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobStatus;
import dev.cutout.gateway.FakeWorker;
import dev.cutout.image.TestImages;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an EventSource that lost its connection gets when it comes back with {@code Last-Event-ID}. */
@QuarkusTest
class JobEventsReconnectTest {

    @TestHTTPResource("/")
    URL base;

    private static String submit() {
        return given().contentType("image/png").body(TestImages.png(16, 16)).post("/api/v1/jobs")
                .then().statusCode(202).extract().path("id");
    }

    @Test
    void everyEventCarriesItsTimeAndStatusAsId() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            String id = submit();
            GetResponse job = worker.take(id);
            SseLines stream = SseLines.open(base, id, Optional.empty());
            SseLines.Event queued = stream.next().orElseThrow();
            assertThat(queued.name()).isEqualTo("queued");
            assertThat(queued.id()).matches("\\d{13}-queued");
            worker.finish(job, TestImages.png(16, 16));
            SseLines.Event done = stream.next().orElseThrow();
            assertThat(done.id()).matches("\\d{13}-done");
            assertThat(EventId.parse(done.id()).orElseThrow().at()).isAfterOrEqualTo(EventId.parse(queued.id()).orElseThrow().at());
            assertThat(stream.next()).as("the stream ends after done").isEmpty();
        }
    }

    @Test
    void aReconnectGetsTheCurrentStateFirstThenTheRest() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            String id = submit();
            GetResponse job = worker.take(id);
            String seen = SseLines.open(base, id, Optional.empty()).next().orElseThrow().id();
            worker.progress(job, JobStatus.INFERRING); // missed while the client was away

            SseLines again = SseLines.open(base, id, Optional.of(seen));
            assertThat(again.status()).isEqualTo(200);
            SseLines.Event first = again.next().orElseThrow();
            assertThat(first.name()).isEqualTo("inferring");
            assertThat(first.data()).contains("\"status\":\"inferring\"");
            worker.finish(job, TestImages.png(16, 16));
            assertThat(again.next().orElseThrow().name()).isEqualTo("done");
            assertThat(again.next()).isEmpty();
        }
    }

    @Test
    void aReconnectAfterTheEndIs204SoEventSourceStopsTrying() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            String id = submit();
            worker.fail(worker.take(id), ErrorCode.CORRUPT_IMAGE, "broken");
            SseLines stream = SseLines.open(base, id, Optional.empty());
            SseLines.Event failed = stream.next().orElseThrow();
            assertThat(failed.name()).isEqualTo("failed");

            SseLines again = SseLines.open(base, id, Optional.of(failed.id()));
            assertThat(again.status()).isEqualTo(204);
            assertThat(again.next()).isEmpty();
        }
    }

    @Test
    void anIdThatIsNotOursStartsTheStreamAsForANewClient() throws Exception {
        try (FakeWorker worker = new FakeWorker()) {
            String id = submit();
            worker.take(id);
            SseLines stream = SseLines.open(base, id, Optional.of("no-such-id"));
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.next().orElseThrow().name()).isEqualTo("queued");
        }
    }
}
