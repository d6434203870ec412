package dev.cutout.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutout.contract.ErrorCode;
import dev.cutout.image.hostile.HostileCorpus;
import dev.cutout.image.hostile.HostileFile;
import dev.cutout.image.hostile.HostileReport;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 §1 (c): the whole hostile corpus through a real gateway and worker (small model) on RabbitMQ,
 * with the shipped image limits (the per-client limits off). What the gateway refuses is a 4xx problem; every
 * job it queued ends {@code done} or {@code failed} with a reason the corpus allows; the worker's heap stays
 * under its {@code -Xmx} with room to spare, it is never restarted, and a good photo afterwards is cut out.
 */
class SystemHostileInputIT {

    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(180);
    private static final long MB = 1024 * 1024;
    /** The worker runs with -Xmx1500m (ServiceProcess); the corpus's largest accepted image is 20000 px. */
    private static final long WORKER_HEAP_BOUND = 1200 * MB;

    /** {@code cutout.ensemble.standard} with the plain view only. */
    static final String ONE_MODEL_RUN = "plain";

    private static TestVirtualHost vhost;
    private static ServiceProcess worker;
    private static ServiceProcess gateway;

    @BeforeAll
    static void startServices() {
        vhost = TestVirtualHost.create();
        // One model run per job (the standard ensemble runs two): what a hostile file can do happens in decoding, the
        // stages around the model and the encoder, which stay as shipped; the ensemble has its own tests. Halves the test.
        worker = Services.worker("hostile-worker", vhost, "small", Map.of("CUTOUT_ENSEMBLE_STANDARD", ONE_MODEL_RUN));
        // The whole corpus comes from one client at once (65 jobs queued): far past the per-client limits, which
        // are not what this test is about (api-gateway's ClientLimitsTest is).
        gateway = Services.gateway("hostile-gateway", vhost, Map.of("CUTOUT_GATEWAY_CLIENT_LIMITS_ENABLED", "false"));
        worker.awaitReady();
        gateway.awaitReady();
    }

    @AfterAll
    static void stopServices() {
        Services.stopAll(gateway, worker);
        if (vhost != null) {
            vhost.close();
        }
    }

    @Test
    void everyHostileFileIsRefusedOrEndsDoneOrFailedWithAReasonAndTheWorkerGoesOn() {
        long workerPid = worker.pid();
        GatewayClient client = new GatewayClient(gateway);
        HostileReport report = new HostileReport("amqp", "file", "expected", "gateway", "job", "reason");
        long start = System.nanoTime();
        Map<HostileFile, String> queued = new LinkedHashMap<>();
        try (HeapSampler heap = new HeapSampler(worker)) {
            for (HostileFile file : HostileCorpus.files()) {
                HttpResponse<String> answer = client.submit(file.bytes(), file.claimedMediaType(), file.name());
                if (answer.statusCode() == 202) {
                    queued.put(file, GatewayClient.json(answer.body()).path("id").asText());
                    continue;
                }
                JsonNode problem = GatewayClient.json(answer.body());
                report.row(file.name(), file.expected(), answer.statusCode() + " " + problem.path("code").asText(), "-",
                        problem.path("detail").asText());
                assertThat(answer.statusCode()).as("%s: %s", file, answer.body()).isBetween(400, 499);
                assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(file.expected().allows(Optional.of(ErrorCode.valueOf(problem.path("code").asText()))))
                        .as("%s refused with %s", file, problem).isTrue();
            }
            for (Map.Entry<HostileFile, String> job : queued.entrySet()) {
                HostileFile file = job.getKey();
                JsonNode status = client.awaitTerminal(job.getValue(), JOB_TIMEOUT);
                String outcome = status.path("status").asText();
                JsonNode error = status.path("error");
                report.row(file.name(), file.expected(), "202", outcome, error.path("code").asText("") + " "
                        + error.path("message").asText(""));
                if (outcome.equals("done")) {
                    assertThat(file.expected().mayAccept()).as("%s was cut out", file).isTrue();
                } else {
                    assertThat(error.path("message").asText()).as("%s failed without a reason: %s", file, status).isNotBlank();
                    assertThat(file.expected().allows(Optional.of(ErrorCode.valueOf(error.path("code").asText()))))
                            .as("%s failed with %s", file, status).isTrue();
                }
                if (!worker.isAlive()) {
                    fail("the worker died on " + file + "; log tail:\n" + worker.log());
                }
            }
            heap.close();
            report.note(String.format("%d files, %d queued; %.0f s; worker heap max %d MB over %d samples (bound %d MB)",
                    HostileCorpus.files().size(), queued.size(), (System.nanoTime() - start) / 1e9,
                    heap.maxBytes() / MB, heap.samples(), WORKER_HEAP_BOUND / MB));
            System.out.println("hostile corpus, AMQP: " + report.write());
            assertThat(heap.samples()).as("heap samples taken").isPositive();
            assertThat(heap.maxBytes()).as("worker heap used at its highest").isLessThan(WORKER_HEAP_BOUND);
        }

        byte[] photo = Photos.scaledJpeg(Photos.PORTRAIT, 480);
        String good = client.submitJob(photo, "image/jpeg", "after-the-corpus.jpg");
        assertThat(client.awaitTerminal(good, JOB_TIMEOUT).path("status").asText()).isEqualTo("done");
        HttpResponse<byte[]> result = client.result(good);
        Photos.assertCutoutOf(photo, result.body());
        assertThat(result.headers().firstValue("Cutout-Quality")).as("one model run per job, as set above")
                .hasValueSatisfying(quality -> assertThat(quality).contains("runs=1"));
        assertThat(worker.isAlive()).as("the worker survived the corpus").isTrue();
        assertThat(worker.pid()).as("the same worker process, never restarted").isEqualTo(workerPid);
        assertThat(worker.log()).doesNotContain("OutOfMemoryError").doesNotContain("StackOverflowError");
    }
}
