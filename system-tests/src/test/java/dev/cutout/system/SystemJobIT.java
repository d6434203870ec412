package dev.cutout.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobEventJson;
import dev.cutout.contract.JobStatus;
import dev.cutout.contract.Topology;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Jobs through the shipped processes: two gateways and one worker (small model) on a virtual host of
 * this class's own. The processes are shared by the tests; each test uses its own jobs.
 */
class SystemJobIT {

    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(120);

    private static TestVirtualHost vhost;
    private static ServiceProcess worker;
    private static ServiceProcess gatewayA;
    private static ServiceProcess gatewayB;

    @BeforeAll
    static void startServices() {
        vhost = TestVirtualHost.create();
        worker = Services.worker("job-worker", vhost, "small");
        gatewayA = Services.gateway("job-gateway-a", vhost);
        gatewayB = Services.gateway("job-gateway-b", vhost);
        worker.awaitReady();
        gatewayA.awaitReady();
        gatewayB.awaitReady();
    }

    @AfterAll
    static void stopServices() {
        Services.stopAll(gatewayA, gatewayB, worker);
        if (vhost != null) {
            vhost.close();
        }
    }

    @Test
    void aJobFinishedOnOneGatewayIsRefinedThroughTheOtherWithAnEraseStroke() {
        GatewayClient a = new GatewayClient(gatewayA);
        GatewayClient b = new GatewayClient(gatewayB);
        byte[] photo = Photos.scaledJpeg(Photos.PORTRAIT, 480);
        String first = a.submitJob(photo, "image/jpeg", "portrait.jpg");
        assertThat(a.awaitTerminal(first, JOB_TIMEOUT).path("status").asText()).isEqualTo("done");
        BufferedImage before = Photos.decode(a.result(first).body());
        int[] centre = Photos.opaqueCentre(before);

        HttpResponse<String> answer = b.refine(first, photo,
                Photos.strokeMask(before.getWidth(), before.getHeight(), centre[0], centre[1], 20, 0xFFFF0000), 0);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        String refined = GatewayClient.json(answer.body()).path("id").asText();
        JsonNode status = a.awaitTerminal(refined, JOB_TIMEOUT);
        assertThat(status.path("status").asText()).as(status.toString()).isEqualTo("done");
        BufferedImage after = Photos.decode(a.result(refined).body());
        assertThat(after.getWidth()).isEqualTo(before.getWidth());
        assertThat(after.getHeight()).isEqualTo(before.getHeight());
        assertThat(after.getRGB(centre[0], centre[1]) >>> 24).as("alpha under the erase stroke").isZero();
        int changedFarAway = 0;
        for (int y = 0; y < after.getHeight(); y++) {
            for (int x = 0; x < after.getWidth(); x++) {
                boolean far = Math.hypot(x - centre[0], y - centre[1]) > 100; // stroke 20 + spread 6 % of 640
                // Alpha only: decontamination re-estimates soft edges' colours from a wide neighbourhood.
                changedFarAway += far && after.getRGB(x, y) >>> 24 != before.getRGB(x, y) >>> 24 ? 1 : 0;
            }
        }
        assertThat(changedFarAway).as("alpha changed far from the stroke").isZero();
        assertThat(worker.log()).contains("job " + refined + " refined");
    }

    @Test
    void aPhotoSubmittedToOneProcessIsCutOutByAnotherAndDownloadedAsATransparentPng() {
        GatewayClient gateway = new GatewayClient(gatewayA);
        byte[] photo = Photos.scaledJpeg(Photos.PORTRAIT, 672);

        String id = gateway.submitJob(photo, "image/jpeg", "portrait.jpg");
        JsonNode status = gateway.awaitTerminal(id, JOB_TIMEOUT);
        HttpResponse<byte[]> result = gateway.result(id);

        assertThat(status.path("status").asText()).as(status.toString()).isEqualTo("done");
        assertThat(status.path("progress").asInt()).isEqualTo(100);
        assertThat(status.path("quality").path("modelRuns").asInt()).as("the worker's quality report reaches the "
                + "other process: " + status).isBetween(1, 2);
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.headers().firstValue("Cutout-Quality")).isPresent();
        assertThat(result.headers().firstValue("Content-Type")).hasValue("image/png");
        Photos.assertCutoutOf(photo, result.body());
        assertThat(worker.awaitMetric("cutout_jobs_completed_total", 1, Duration.ofSeconds(10)))
                .as("the worker process did the job").isGreaterThanOrEqualTo(1);
        // Named after the upload: the worker must copy the job's cutout-file-name header onto its result (GATEWAY.md).
        assertThat(result.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("filename=\"portrait_no_bg.png\""));
    }

    @Test
    void anyGatewayAnswersForAJobSubmittedOnAnother() {
        byte[] photo = Photos.scaledJpeg(Photos.PORTRAIT, 640);

        String id = new GatewayClient(gatewayA).submitJob(photo, "image/jpeg", "across.jpg");
        GatewayClient b = new GatewayClient(gatewayB);
        List<GatewayClient.Event> events = b.events(id, JOB_TIMEOUT);
        JsonNode status = b.awaitTerminal(id, Duration.ofSeconds(10));
        HttpResponse<byte[]> result = b.result(id);

        List<String> names = events.stream().map(GatewayClient.Event::name).toList();
        assertThat(names).as("events on B, which did not take the job").endsWith("done");
        assertThat(names.get(0)).as("B streamed live events, not only a finished job: " + names).isNotEqualTo("done");
        assertThat(names).doesNotContain("failed");
        assertThat(events.get(events.size() - 1).data().path("id").asText()).isEqualTo(id);
        assertThat(status.path("status").asText()).isEqualTo("done");
        assertThat(result.statusCode()).isEqualTo(200);
        Photos.assertCutoutOf(photo, result.body());
    }

    @Test
    void anUndecodableImagePublishedStraightToTheBrokerFailsAsCorruptAndTheWorkerGoesOn() throws Exception {
        long workerPid = worker.pid();
        double corruptBefore = worker.metric("cutout_jobs_failed_total{reason=\"corrupt_image\"}");
        String jobId = UUID.randomUUID().toString();
        String replyQueue = Topology.jobQueue(jobId);
        byte[] fakeGif = ("GIF89a" + "\u0001\u0000not a picture at all, only junk after the magic bytes")
                .getBytes(StandardCharsets.ISO_8859_1);

        JobEvent failed;
        try (Connection connection = vhost.factory().newConnection("system-it-shop-client");
             Channel channel = connection.createChannel()) {
            channel.queueDeclare(replyQueue, true, false, false, Topology.jobQueueArguments(Topology.DEFAULT_RETENTION));
            channel.confirmSelect();
            channel.basicPublish(Topology.JOBS_EXCHANGE, Topology.JOBS_ROUTING_KEY, true,
                    new AMQP.BasicProperties.Builder().messageId(jobId).replyTo(replyQueue).contentType("image/gif")
                            .deliveryMode(2).build(),
                    fakeGif);
            channel.waitForConfirmsOrDie(5_000);
            failed = awaitTerminalEvent(channel, replyQueue, JOB_TIMEOUT);
            channel.queueDelete(replyQueue);
        }

        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.jobId()).isEqualTo(jobId);
        assertThat(failed.failure().orElseThrow().code()).isEqualTo(ErrorCode.CORRUPT_IMAGE);
        assertThat(worker.awaitMetric("cutout_jobs_failed_total{reason=\"corrupt_image\"}", corruptBefore + 1,
                Duration.ofSeconds(10))).isEqualTo(corruptBefore + 1);

        byte[] photo = Photos.scaledJpeg(Photos.PORTRAIT, 600);
        GatewayClient gateway = new GatewayClient(gatewayA);
        String good = gateway.submitJob(photo, "image/jpeg", "after-garbage.jpg");
        assertThat(gateway.awaitTerminal(good, JOB_TIMEOUT).path("status").asText()).isEqualTo("done");
        Photos.assertCutoutOf(photo, gateway.result(good).body());
        assertThat(worker.isAlive()).as("the worker survived the garbage").isTrue();
        assertThat(worker.pid()).isEqualTo(workerPid);
    }

    /** Reads the job queue (latest message only) until it holds a DONE or FAILED event. */
    private static JobEvent awaitTerminalEvent(Channel channel, String queue, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<JobEvent> last = Optional.empty();
        while (System.nanoTime() < deadline) {
            try {
                GetResponse message = channel.basicGet(queue, false);
                if (message != null) {
                    channel.basicNack(message.getEnvelope().getDeliveryTag(), false, true);
                    Object header = message.getProps().getHeaders() == null ? null
                            : message.getProps().getHeaders().get(Topology.HEADER_EVENT);
                    if (header != null) {
                        last = Optional.of(JobEventJson.read(header.toString()));
                        if (last.get().status().terminal()) {
                            return last.get();
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ServiceProcess.pause(Duration.ofMillis(200));
        }
        throw new AssertionError("no DONE/FAILED event on " + queue + " within " + timeout + "; last " + last);
    }
}
