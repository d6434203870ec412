package dev.cutout.worker.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.GetResponse;
import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobFailure;
import dev.cutout.contract.JobStatus;
import dev.cutout.contract.Refinement;
import dev.cutout.contract.Topology;
import dev.cutout.engine.SharedFiles;
import dev.cutout.image.PngWriter;
import dev.cutout.image.RgbaImage;
import dev.cutout.image.TestImages;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The worker, started by Quarkus with the real model, against the real RabbitMQ on 127.0.0.1 (in a virtual host of its own). */
@QuarkusTest
@QuarkusTestResource(OwnVirtualHost.class)
class RabbitMqWorkerIT {

    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(60);
    private static final int WIDTH = 360;
    private static final int HEIGHT = 240;

    @Inject
    MeterRegistry registry;

    @TestHTTPResource("/q/health/started")
    URI startedHealth;

    private ShopClient shop;

    @BeforeEach
    void connect() throws Exception {
        shop = new ShopClient();
    }

    @AfterEach
    void disconnect() throws Exception {
        shop.close();
    }

    @Test
    void cutsOutAJpegSentByAPlainAmqpClientReportingEachStatusInOrder() throws Exception {
        String id = shop.newJob();

        shop.submit(id, photo());

        assertThat(shop.eventsUntilTerminal(id, JOB_TIMEOUT)).extracting(JobEvent::status).containsExactly(
                JobStatus.DECODING, JobStatus.INFERRING, JobStatus.REFINING, JobStatus.ENCODING, JobStatus.DONE);
        GetResponse result = shop.latest(id, Duration.ofSeconds(5));
        assertThat(ShopClient.eventOf(result).status()).isEqualTo(JobStatus.DONE);
        assertThat(ShopClient.eventOf(result).quality()).as("the DONE event carries the quality report").isPresent();
        assertThat(result.getProps().getContentType()).isEqualTo("image/png");
        assertThat(result.getProps().getHeaders().get(Topology.HEADER_FILE_NAME)).hasToString(ShopClient.FILE_NAME);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(result.getBody()));
        assertThat(png.getWidth()).isEqualTo(WIDTH);
        assertThat(png.getHeight()).isEqualTo(HEIGHT);
        assertThat(png.getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void refinesAFinishedCutOutWithAnEraseStrokeWithoutRunningTheModelAgain() throws Exception {
        byte[] cutout = cutOut();
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(cutout));
        int[] kept = keptCentre(before);

        String refine = shop.newJob();
        shop.submitRefine(refine, photo(), new Refinement(cutout, Optional.of(eraseAt(kept[0], kept[1])), 0, 0));

        assertThat(shop.eventsUntilTerminal(refine, JOB_TIMEOUT)).extracting(JobEvent::status).containsExactly(
                JobStatus.DECODING, JobStatus.REFINING, JobStatus.ENCODING, JobStatus.DONE);
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(shop.latest(refine, Duration.ofSeconds(5)).getBody()));
        assertThat(after.getWidth()).isEqualTo(WIDTH);
        assertThat(after.getHeight()).isEqualTo(HEIGHT);
        assertThat(before.getRGB(kept[0], kept[1]) >>> 24).as("alpha there before").isGreaterThan(200);
        assertThat(after.getRGB(kept[0], kept[1]) >>> 24).as("alpha under the erase stroke").isZero();
    }

    @Test
    void failsARefineWhoseHintsHaveAnotherAspectRatioAndStaysAlive() throws Exception {
        byte[] cutout = cutOut();
        byte[] square = new PngWriter().rgba(new RgbaImage(10, 10, new int[100], true));

        String refine = shop.newJob();
        String good = shop.newJob();
        shop.submitRefine(refine, photo(), new Refinement(cutout, Optional.of(square), 0, 0));
        shop.submitRefine(good, photo(), new Refinement(cutout, Optional.empty(), 2, 0));

        assertThat(last(shop.eventsUntilTerminal(refine, JOB_TIMEOUT)).failure()).hasValueSatisfying(failure -> {
            assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_HINTS);
            assertThat(failure.message()).contains("aspect ratio");
        });
        assertThat(last(shop.eventsUntilTerminal(good, JOB_TIMEOUT)).status()).isEqualTo(JobStatus.DONE);
    }

    /** The photo's cut-out PNG, as a plain job returns it: the earlier result a refine corrects. */
    private byte[] cutOut() throws Exception {
        String id = shop.newJob();
        shop.submit(id, photo());
        last(shop.eventsUntilTerminal(id, JOB_TIMEOUT));
        return shop.latest(id, Duration.ofSeconds(5)).getBody();
    }

    /** The centre of the opaque part of a cut-out. */
    private static int[] keptCentre(BufferedImage cutout) {
        long sx = 0;
        long sy = 0;
        long n = 0;
        for (int y = 0; y < cutout.getHeight(); y++) {
            for (int x = 0; x < cutout.getWidth(); x++) {
                if (cutout.getRGB(x, y) >>> 24 == 255) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        assertThat(n).as("the model keeps the car").isPositive();
        return new int[] {(int) (sx / n), (int) (sy / n)};
    }

    /** A hint mask at the photo's size: a red disc of 12 px at (cx, cy). */
    private static byte[] eraseAt(int cx, int cy) {
        int[] argb = new int[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (Math.hypot(x - cx, y - cy) <= 12) {
                    argb[y * WIDTH + x] = 0xFFFF0000;
                }
            }
        }
        return new PngWriter().rgba(new RgbaImage(WIDTH, HEIGHT, argb, true));
    }

    @Test
    void startupHealthReportsTheLoadedModelForTheStartupProbe() throws Exception {
        HttpResponse<String> started = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(startedHealth).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).contains("cutout model loaded").contains("UP");
    }

    @Test
    void reportsAnUndecodableImageAsCorruptAndStaysAliveForTheNextJob() throws Exception {
        String broken = shop.newJob();
        String good = shop.newJob();

        shop.submit(broken, "GIF89a but not really".getBytes());
        shop.submit(good, photo());

        JobEvent failed = last(shop.eventsUntilTerminal(broken, JOB_TIMEOUT));
        assertThat(failed.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.code()).isEqualTo(ErrorCode.CORRUPT_IMAGE);
            assertThat(failure.message()).isNotBlank();
        });
        assertThat(ShopClient.eventOf(shop.latest(broken, Duration.ofSeconds(5))).failure())
                .map(JobFailure::code).hasValue(ErrorCode.CORRUPT_IMAGE);
        assertThat(last(shop.eventsUntilTerminal(good, JOB_TIMEOUT)).status()).isEqualTo(JobStatus.DONE);
    }

    @Test
    void refusesAJobWrittenToAContractVersionItDoesNotKnowWithoutDecodingIt() throws Exception {
        String id = shop.newJob();

        shop.submit(id, photo(), Map.of(Topology.HEADER_VERSION, "2"));

        List<JobEvent> events = shop.eventsUntilTerminal(id, JOB_TIMEOUT);
        assertThat(events).extracting(JobEvent::status).containsExactly(JobStatus.FAILED);
        assertThat(events.get(0).failure()).hasValue(new JobFailure(ErrorCode.INVALID_OPTIONS,
                "Header cutout-version names contract version 2; this worker reads version 1 only"));
        assertThat(ShopClient.eventOf(shop.latest(id, Duration.ofSeconds(5))).failure()).isEqualTo(events.get(0).failure());
    }

    @Test
    void repliesToAnExclusiveQueueOfTheClientsOwnConnection() throws Exception {
        String replyTo = shop.channel().queueDeclare().getQueue(); // server-named, exclusive to the shop's connection
        String id = "it-" + UUID.randomUUID();

        shop.submit(id, replyTo, "GIF89a but not really".getBytes(), Map.of());

        assertThat(last(shop.eventsUntilTerminal(id, JOB_TIMEOUT)).failure()).map(JobFailure::code)
                .as("the worker took the job instead of stalling on a queue it cannot declare")
                .hasValue(ErrorCode.CORRUPT_IMAGE);
        assertThat(List.of(ShopClient.eventOf(shop.channel().basicGet(replyTo, true)).status(),
                ShopClient.eventOf(shop.channel().basicGet(replyTo, true)).status()))
                .containsExactly(JobStatus.DECODING, JobStatus.FAILED);
    }

    @Test
    void skipsAndAcknowledgesAJobWhoseReplyQueueWasDeleted() throws Exception {
        String abandoned = shop.newJob();
        String next = shop.newJob();
        double skippedBefore = skipped();

        shop.deleteReplyQueue(abandoned);
        shop.submit(abandoned, photo());
        shop.submit(next, photo());

        // One job at a time, in order: by the time the next one is done the abandoned one was settled.
        assertThat(last(shop.eventsUntilTerminal(next, JOB_TIMEOUT)).status()).isEqualTo(JobStatus.DONE);
        assertThat(shop.eventsSoFar(abandoned)).isEmpty();
        assertThat(skipped()).isEqualTo(skippedBefore + 1);
    }

    @Test
    void reportsAJobDeadLetteredAtTheDeliveryLimitAsAnInternalFailure() throws Exception {
        String id = shop.newJob();

        shop.publishDeadJob(id, deathHeaders("delivery_limit"));

        JobEvent failed = ShopClient.eventOf(shop.latest(id, Duration.ofSeconds(10)));
        assertThat(failed.failure()).hasValue(
                new JobFailure(ErrorCode.INTERNAL, "The worker failed on this image 3 times; it was not processed"));
        assertThat(last(shop.eventsUntilTerminal(id, Duration.ofSeconds(5))).failure()).isEqualTo(failed.failure());
    }

    @Test
    void reportsAJobThatExpiredUnclaimedAsATimeout() throws Exception {
        String id = shop.newJob();

        shop.publishDeadJob(id, deathHeaders("expired"));

        JobEvent failed = ShopClient.eventOf(shop.latest(id, Duration.ofSeconds(10)));
        assertThat(failed.failure()).hasValue(
                new JobFailure(ErrorCode.TIMEOUT, "No worker took this job within the retention time"));
    }

    @Test
    void publishesNothingForARejectedJobTheWorkerAlreadyReported() throws Exception {
        String rejected = shop.newJob();
        String expired = shop.newJob();

        shop.publishDeadJob(rejected, deathHeaders("rejected"));
        shop.publishDeadJob(expired, deathHeaders("expired"));

        // Dead jobs are handled one at a time, in order: once the second is reported, the first was settled.
        shop.latest(expired, Duration.ofSeconds(10));
        assertThat(shop.channel().messageCount(Topology.jobQueue(rejected))).isZero();
        assertThat(shop.eventsSoFar(rejected)).isEmpty();
    }

    @Test
    void agreesWithAPlainClientDeclaringTheTopologyWithTopologysArgumentMaps() throws Exception {
        var channel = shop.channel();

        channel.queueDeclare(Topology.JOBS_QUEUE, true, false, false,
                Topology.jobsQueueArguments(Topology.JobsQueue.withDefaultLength(Topology.DEFAULT_RETENTION)));
        channel.queueDeclare(Topology.DEAD_LETTER_QUEUE, true, false, false,
                Topology.deadLetterQueueArguments(Topology.DEFAULT_RETENTION));
        channel.exchangeDeclare(Topology.JOBS_EXCHANGE, "direct", true);
        channel.exchangeDeclare(Topology.DEAD_LETTER_EXCHANGE, "fanout", true);
        channel.exchangeDeclare(Topology.EVENTS_EXCHANGE, "fanout", true);

        assertThat(channel.isOpen()).as("no PRECONDITION_FAILED closed the channel").isTrue();
    }

    private double skipped() {
        return registry.get("cutout.jobs.skipped").counter().count();
    }

    private static Map<String, Object> deathHeaders(String reason) {
        return Map.of(
                "x-first-death-reason", reason,
                "x-first-death-queue", Topology.JOBS_QUEUE,
                "x-death", List.of(Map.of("reason", reason, "queue", Topology.JOBS_QUEUE, "count", 1L,
                        "exchange", Topology.JOBS_EXCHANGE)));
    }

    private static byte[] photo() {
        return TestImages.write(TestImages.scaled(
                TestImages.read(SharedFiles.evalImage("fg-car-2__bg-studio.png")), WIDTH, HEIGHT), "jpeg");
    }

    private static <T> T last(List<T> items) {
        return items.get(items.size() - 1);
    }
}
