package dev.cutout.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./cutout batch} as shipped, against the shipped services: through the one-process app's REST API, and
 * straight onto the queue of a broker with one worker and no gateway; then stopped with SIGINT and run again.
 */
class SystemBatchIT {

    private static final int WIDTH = 320;
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(8);
    private static final String BROKEN = "b/broken.jpg";

    @TempDir
    Path work;

    /** Six photos in two sub-folders, and a JPEG cut off after 300 bytes: what a catalogue folder looks like. */
    private Path photos(int count, boolean withBroken) throws IOException {
        Path folder = work.resolve("photos");
        List<String> names;
        try (Stream<Path> files = Files.list(SystemFiles.evalImage(Photos.PORTRAIT).getParent())) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted().toList();
        }
        for (int i = 0; i < count; i++) {
            Path photo = folder.resolve((i < count / 2 ? "a" : "b") + "/p" + i + ".jpg");
            Files.createDirectories(photo.getParent());
            Files.write(photo, Photos.scaledJpeg(names.get(i % names.size()), WIDTH));
        }
        if (withBroken) {
            byte[] jpeg = Files.readAllBytes(folder.resolve("a/p0.jpg"));
            Files.write(folder.resolve(BROKEN), Arrays.copyOf(jpeg, 300));
        }
        return folder;
    }

    @Test
    void throughTheOneProcessAppSixPhotosComeBackAsCutoutsAndTheBrokenOneFailsAsCorruptImage() throws Exception {
        Path photos = photos(6, true);
        Path out = work.resolve("out");
        ServiceProcess app = Services.standalone("batch-standalone", "small").awaitReady();
        try {
            BatchCli batch = BatchCli.start("batch-server", photos.toString(), "-o", out.toString(),
                    "--server", app.uri("").toString());
            int exit = batch.awaitExit(RUN_TIMEOUT);

            assertThat(exit).as(batch.stdout() + batch.stderr()).isEqualTo(1);
            assertSixDoneOneCorrupt(photos, out);
            assertThat(batch.summary()).containsExactly(6, 1, 0);
            assertThat(batch.stdout()).contains("failed CORRUPT_IMAGE (1):", BROKEN);
        } finally {
            Services.stopAll(app);
        }
    }

    @Test
    void straightOntoTheBrokerWithOneWorkerAndNoGatewayTheSameFolderGivesTheSameOutcome() throws Exception {
        Path photos = photos(6, true);
        Path out = work.resolve("out");
        try (TestVirtualHost vhost = TestVirtualHost.create()) {
            ServiceProcess worker = Services.worker("batch-worker", vhost, "small").awaitReady();
            try {
                BatchCli batch = BatchCli.start("batch-broker", photos.toString(), "-o", out.toString(),
                        "--broker", vhost.amqpUri());
                int exit = batch.awaitExit(RUN_TIMEOUT);

                assertThat(exit).as(batch.stdout() + batch.stderr()).isEqualTo(1);
                assertSixDoneOneCorrupt(photos, out);
                // One worker consumes cutout.jobs: two jobs in flight keep it busy.
                assertThat(batch.stderr()).contains("2 in flight");
            } finally {
                Services.stopAll(worker);
            }
        }
    }

    @Test
    void stoppedWithCtrlCAndRunAgainEveryPhotoIsDoneExactlyOnceAndTheSecondRunMakesOnlyTheMissingOnes()
            throws Exception {
        Path photos = photos(8, false);
        Path out = work.resolve("out");
        ServiceProcess app = Services.standalone("batch-resume", "small").awaitReady();
        try {
            String server = app.uri("").toString();
            BatchCli first = BatchCli.start("batch-first", photos.toString(), "-o", out.toString(),
                    "--server", server, "--jobs", "2");
            long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
            while (BatchCli.manifest(out).size() < 2 && System.nanoTime() < deadline) {
                ServiceProcess.pause(Duration.ofMillis(200));
            }
            first.interrupt();
            int firstExit = first.awaitExit(RUN_TIMEOUT);
            List<JsonNode> afterFirst = BatchCli.manifest(out);

            assertThat(firstExit).as(first.stdout() + first.stderr()).isEqualTo(130);
            assertThat(first.stderr()).contains("stopping");
            assertThat(afterFirst.size()).isBetween(2, 7);
            assertThat(afterFirst).allSatisfy(line -> assertThat(line.path("status").asText()).isEqualTo("done"));

            BatchCli second = BatchCli.start("batch-second", photos.toString(), "-o", out.toString(),
                    "--server", server, "--jobs", "2");
            int secondExit = second.awaitExit(RUN_TIMEOUT);
            List<JsonNode> afterSecond = BatchCli.manifest(out);

            assertThat(secondExit).as(second.stdout() + second.stderr()).isZero();
            assertThat(second.summary()).containsExactly(8 - afterFirst.size(), 0, afterFirst.size());
            assertThat(afterSecond).hasSize(8);
            assertThat(afterSecond.stream().map(line -> line.path("input").asText()).distinct()).hasSize(8);
            assertThat(afterSecond).allSatisfy(line -> assertThat(line.path("status").asText()).isEqualTo("done"));
            // The photos the first run made are recorded as it made them: not made again.
            assertThat(afterSecond.subList(0, afterFirst.size())).isEqualTo(afterFirst);
            for (JsonNode line : afterSecond) {
                byte[] png = Files.readAllBytes(out.resolve(line.path("output").asText()));
                assertRgbaOfInputSize(Files.readAllBytes(photos.resolve(line.path("input").asText())), png);
                assertThat(line.path("outputSha256").asText()).isEqualTo(sha256(png));
            }
        } finally {
            Services.stopAll(app);
        }
    }

    private static void assertSixDoneOneCorrupt(Path photos, Path out) throws IOException {
        Map<String, JsonNode> lines = BatchCli.manifest(out).stream()
                .collect(Collectors.toMap(line -> line.path("input").asText(), Function.identity()));
        assertThat(lines).containsOnlyKeys("a/p0.jpg", "a/p1.jpg", "a/p2.jpg", "b/p3.jpg", "b/p4.jpg", "b/p5.jpg",
                BROKEN);
        JsonNode broken = lines.get(BROKEN);
        assertThat(broken.path("status").asText()).isEqualTo("failed");
        assertThat(broken.path("error").path("code").asText()).isEqualTo("CORRUPT_IMAGE");
        assertThat(broken.path("error").path("message").asText()).isNotBlank();
        assertThat(Files.exists(out.resolve("b/broken.png"))).isFalse();
        for (JsonNode line : lines.values()) {
            if (line == broken) {
                continue;
            }
            String input = line.path("input").asText();
            byte[] photo = Files.readAllBytes(photos.resolve(input));
            assertThat(line.path("status").asText()).as(input).isEqualTo("done");
            // Sub-folders mirrored, names as ./cutout remove gives them.
            assertThat(line.path("output").asText()).isEqualTo(input.replace(".jpg", ".png"));
            byte[] png = Files.readAllBytes(out.resolve(line.path("output").asText()));
            assertThat(line.path("bytes").asLong()).isEqualTo(photo.length);
            assertThat(line.path("inputSha256").asText()).isEqualTo(sha256(photo));
            assertThat(line.path("outputSha256").asText()).isEqualTo(sha256(png));
            assertThat(line.path("timings").path("totalMs").asLong()).isPositive();
            Photos.assertCutoutOf(photo, png);
        }
    }

    /** A PNG with alpha at the photo's size (what the small model keeps of a 320 px photo varies). */
    private static void assertRgbaOfInputSize(byte[] photo, byte[] png) {
        assertThat(png).as("PNG signature").startsWith(0x89, 'P', 'N', 'G');
        BufferedImage source = Photos.decode(photo);
        BufferedImage result = Photos.decode(png);
        assertThat(result.getColorModel().hasAlpha()).as("alpha channel").isTrue();
        assertThat(new int[] {result.getWidth(), result.getHeight()})
                .containsExactly(source.getWidth(), source.getHeight());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
