package dev.cutout.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.cutout.contract.Topology;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backpressure (issue 16 §4): a gateway whose {@code cutout.jobs} holds at most {@value #MAX_QUEUED} jobs and no
 * worker yet. Submits past the maximum are answered 503 {@code queue-full} with {@code Retry-After}, and the
 * broker holds exactly the jobs that were answered 202: nothing is dropped silently. A worker with the same
 * maximum then finishes every accepted job, and the batch client (over HTTP and over AMQP), started while the
 * queue was full, backs off and ends with every photo done; a worker with another maximum refuses to start and
 * says how to fix it.
 */
class SystemBackpressureIT {

    private static final int MAX_QUEUED = 3;
    private static final int SUBMITS = MAX_QUEUED + 4;
    private static final int BATCH_PHOTOS = 2;
    private static final Duration CLIENT_START = Duration.ofSeconds(90);
    private static final Map<String, String> GATEWAY_LIMIT =
            Map.of("CUTOUT_GATEWAY_MAX_QUEUED_JOBS", String.valueOf(MAX_QUEUED));
    private static final Map<String, String> WORKER_LIMIT =
            Map.of("CUTOUT_WORKER_MAX_QUEUED_JOBS", String.valueOf(MAX_QUEUED));

    private static TestVirtualHost vhost;
    private static ServiceProcess gateway;
    private static ServiceProcess worker;
    private static ServiceProcess mismatched;

    @TempDir
    Path work;

    @BeforeAll
    static void startGateway() {
        vhost = TestVirtualHost.create();
        gateway = Services.gateway("backpressure-gateway", vhost, GATEWAY_LIMIT).awaitReady();
    }

    @AfterAll
    static void stopServices() {
        Services.stopAll(mismatched, worker, gateway);
        if (vhost != null) {
            vhost.close();
        }
    }

    @Test
    void aFullQueueAnswers503AndKeepsExactlyTheAcceptedJobsUntilAWorkerTakesThem() throws Exception {
        GatewayClient client = new GatewayClient(gateway);
        byte[] photo = Photos.scaledJpeg(Photos.PORTRAIT, 320);
        List<String> accepted = new ArrayList<>();
        List<HttpResponse<String>> refused = new ArrayList<>();
        for (int i = 0; i < SUBMITS; i++) {
            HttpResponse<String> answer = client.submit(photo, "image/jpeg", "photo-" + i + ".jpg");
            if (answer.statusCode() == 202) {
                accepted.add(GatewayClient.json(answer.body()).path("id").asText());
            } else {
                refused.add(answer);
            }
        }

        // A quorum queue applies reject-publish once its length exceeds the maximum: it may take one more.
        assertThat(accepted).as("the maximum is taken, at most one more").hasSizeBetween(MAX_QUEUED, MAX_QUEUED + 1);
        assertThat(refused).as("submits past the maximum are refused").isNotEmpty();
        for (HttpResponse<String> answer : refused) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(GatewayClient.json(answer.body()).path("type").asText()).endsWith("queue-full");
        }
        assertThat(queuedJobs()).as("the broker holds exactly the accepted jobs").isEqualTo(accepted.size());
        assertThat(gateway.metric("cutout_jobs_queue_full_total")).isEqualTo(refused.size());

        // The batch client, through the gateway and straight onto the broker, waits the full queue out.
        BatchCli viaServer = BatchCli.start("backpressure-batch-server", photos("server").toString(),
                "-o", work.resolve("out-server").toString(), "--server", gateway.uri("").toString());
        BatchCli viaBroker = BatchCli.start("backpressure-batch-broker", photos("broker").toString(),
                "-o", work.resolve("out-broker").toString(), "--broker", vhost.amqpUri());
        awaitRetries(refused.size(), accepted.size());

        worker = Services.worker("backpressure-worker", vhost, "small", WORKER_LIMIT).awaitReady();
        for (String id : accepted) {
            assertThat(client.awaitTerminal(id, Duration.ofMinutes(3)).path("status").asText()).isEqualTo("done");
        }
        for (BatchCli batch : List.of(viaServer, viaBroker)) {
            assertThat(batch.awaitExit(Duration.ofMinutes(5))).as(batch.stdout() + batch.stderr()).isZero();
            assertThat(batch.summary()).containsExactly(BATCH_PHOTOS, 0, 0);
        }
        assertThat(client.submit(photo, "image/jpeg", "after.jpg").statusCode())
                .as("an emptied queue takes jobs again").isEqualTo(202);
    }

    @Test
    void aWorkerWithAnotherMaximumRefusesToStartAndSaysWhatToDo() {
        mismatched = Services.worker("backpressure-mismatched", vhost, "small",
                Map.of("CUTOUT_WORKER_MAX_QUEUED_JOBS", String.valueOf(MAX_QUEUED + 1)));

        assertThatThrownBy(mismatched::awaitReady).hasMessageContaining("exited")
                .hasMessageContaining("max-queued-jobs " + (MAX_QUEUED + 1));
        assertThat(mismatched.log()).contains("rabbitmqctl delete_queue cutout.jobs");
    }

    /**
     * Until both clients have met the full queue: the gateway counted a 503 beyond the test's own, and the
     * broker client holds its job queues (it declares them before publishing and keeps them while it retries).
     */
    private static void awaitRetries(int refusedByTest, int acceptedByTest) {
        long deadline = System.nanoTime() + CLIENT_START.toNanos();
        while (System.nanoTime() < deadline) {
            long jobQueues = Rabbitmqctl.run("list_queues", "-p", vhost.name(), "--quiet", "name").lines()
                    .filter(name -> name.startsWith(Topology.JOB_QUEUE_PREFIX)).count();
            if (gateway.metric("cutout_jobs_queue_full_total") > refusedByTest && jobQueues >= acceptedByTest + BATCH_PHOTOS) {
                return;
            }
            ServiceProcess.pause(Duration.ofMillis(500));
        }
        throw new AssertionError("the batch clients did not meet the full queue within " + CLIENT_START);
    }

    private Path photos(String name) throws IOException {
        Path folder = Files.createDirectories(work.resolve(name));
        for (int i = 0; i < BATCH_PHOTOS; i++) {
            Files.write(folder.resolve("p" + i + ".jpg"), Photos.scaledJpeg(Photos.PORTRAIT, 300 + 16 * i));
        }
        return folder;
    }

    private static long queuedJobs() throws Exception {
        try (Connection connection = vhost.factory().newConnection("backpressure-it");
             Channel channel = connection.createChannel()) {
            return channel.queueDeclarePassive(Topology.JOBS_QUEUE).getMessageCount();
        }
    }
}
