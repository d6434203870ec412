package dev.cutout.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.rabbitmq.client.GetResponse;
import dev.cutout.gateway.FakeWorker;
import dev.cutout.image.TestImages;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The limits on: 2 submits at once, then one every 10 s; 3 unfinished jobs. Time stands still unless a test moves
 * it ({@link FrozenLimitClock}), so no bucket refills behind a test's back. The test client is a trusted proxy
 * (127.0.0.1), so each test is a client of its own through {@code X-Forwarded-For}.
 */
@QuarkusTest
@TestProfile(ClientLimitsTest.SmallLimits.class)
class ClientLimitsTest {

    static final int BURST = 2;
    static final Duration REFILL = Duration.ofSeconds(10);
    static final int CONCURRENT_JOBS = 3;

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cutout-gateway.client-limits.enabled", "true",
                    "cutout-gateway.client-limits.requests-per-minute", "6",
                    "cutout-gateway.client-limits.burst", String.valueOf(BURST),
                    "cutout-gateway.client-limits.concurrent-jobs", String.valueOf(CONCURRENT_JOBS),
                    "cutout-gateway.client-limits.concurrent-jobs-retry-after", "7s",
                    "cutout-gateway.client-limits.trusted-proxies", "127.0.0.1,::1");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(FrozenLimitClock.class);
        }
    }

    private static ValidatableResponse submit(String client) {
        return given().header("X-Forwarded-For", client).contentType("image/png").body(TestImages.png(8, 8))
                .post("/api/v1/jobs").then();
    }

    private static String accepted(String client) {
        return submit(client).statusCode(202).extract().path("id");
    }

    private static ValidatableResponse refused(ValidatableResponse response, String retryAfter) {
        return response.statusCode(429).contentType("application/problem+json").header("Retry-After", retryAfter)
                .body("type", equalTo("urn:cutout:problem:rate-limited")).body("status", equalTo(429))
                .body("code", equalTo("RATE_LIMITED")).body("detail", containsString("nothing was queued"));
    }

    @Test
    void theSubmitAfterTheBurstIs429WithRetryAfterAndNothingIsQueued() throws Exception {
        String client = "203.0.113.1";
        try (FakeWorker worker = new FakeWorker()) {
            String first = accepted(client);
            accepted(client);

            refused(submit(client), "10").body("detail", containsString("6 a minute"));
            assertThat(worker.waiting()).as("only the accepted jobs reached the workers").isEqualTo(BURST);
            // Reads are not limited.
            given().header("X-Forwarded-For", client).get("/api/v1/jobs/" + first).then().statusCode(200);
            accepted("203.0.113.99"); // another client behind the same proxy has its own bucket
            given().get("/q/metrics").then()
                    .body(containsString("cutout_clients_refused_total{limit=\"requests-per-minute\""));

            FrozenLimitClock.advance(REFILL); // exactly the Retry-After
            accepted(client);
        }
    }

    @Test
    void unfinishedJobsAreLimitedAndTheEndOfOneLetsTheNextIn() throws Exception {
        String client = "203.0.113.2";
        try (FakeWorker worker = new FakeWorker()) {
            String first = accepted(client);
            accepted(client);
            FrozenLimitClock.advance(REFILL);
            String third = accepted(client);
            FrozenLimitClock.advance(REFILL); // a token is there: what refuses now is the number of jobs

            refused(submit(client), "7").body("detail", containsString("3 jobs that have not finished"));
            assertThat(worker.waiting()).isEqualTo(CONCURRENT_JOBS);

            GetResponse job = worker.take(first);
            worker.finish(job, TestImages.png(8, 8));
            String fourth = acceptedOnceTheEndArrives(client);

            given().delete("/api/v1/jobs/" + third).then().statusCode(204); // deleted here: ends at once
            FrozenLimitClock.advance(REFILL);
            assertThat(accepted(client)).isNotEqualTo(fourth);
        }
    }

    @Test
    void aBatchIsOneSubmitAdmittedUnderTheLimitAndThenEveryPhotoCounts() throws Exception {
        String client = "203.0.113.3";
        given().header("X-Forwarded-For", client).contentType("application/zip").body(zipOfPhotos(CONCURRENT_JOBS + 1))
                .post("/api/v1/batches").then().statusCode(202).body("counts.total", equalTo(CONCURRENT_JOBS + 1));

        refused(submit(client), "7").body("detail", containsString("not finished"));
        given().get("/q/metrics").then().body(containsString("cutout_clients_refused_total{limit=\"concurrent-jobs\""));
    }

    /**
     * The done event reaches this gateway through the broker's fan-out, a moment after the worker sent it; a
     * submit refused meanwhile costs no token, so asking again until then changes nothing else.
     */
    private static String acceptedOnceTheEndArrives(String client) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            var answer = submit(client).extract();
            if (answer.statusCode() == 202 || Instant.now().isAfter(deadline)) {
                assertThat(answer.statusCode()).as(answer.body().asString()).isEqualTo(202);
                return answer.path("id");
            }
            Thread.sleep(50);
        }
    }

    private static byte[] zipOfPhotos(int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("photo-" + i + ".png"));
                zip.write(TestImages.png(8, 8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
