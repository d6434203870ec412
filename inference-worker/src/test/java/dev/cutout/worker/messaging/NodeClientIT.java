package dev.cutout.worker.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.engine.SharedFiles;
import dev.cutout.image.TestImages;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Node example client as it ships ({@code examples/amqp-node}: its package-lock installed with
 * {@code npm ci}, its {@code cutout-amqp.js} run by {@code node}) against the real RabbitMQ and this
 * worker with the real model: proof that MESSAGING.md's contract is enough for a client in another language.
 */
@QuarkusTest
@QuarkusTestResource(OwnVirtualHost.class)
class NodeClientIT {

    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(5);
    private static final int NODE_MAJOR = 20;

    @TempDir
    Path dir;

    @BeforeAll
    static void installTheExampleFromItsLockFile() {
        Run version = run(List.of("node", "--version"), example(), Duration.ofSeconds(30));
        assertThat(version.exitCode()).as("node --version: %s", version).isZero();
        assertThat(Integer.parseInt(version.stdout().trim().replaceFirst("^v(\\d+)\\..*", "$1")))
                .as("Node.js version (%s)", version.stdout().trim()).isGreaterThanOrEqualTo(NODE_MAJOR);
        Run npm = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"), example(), NPM_TIMEOUT);
        assertThat(npm.exitCode()).as("npm ci in %s: %s", example(), npm).isZero();
    }

    @Test
    void cutsOutAJpegAPngAndAWebpPrintingEachJobsEventsInOrder() throws Exception {
        Path jpeg = write("photo1.jpg", TestImages.write(photo("fg-car-2__bg-studio.png", 360, 240), "jpeg"));
        Path png = write("photo2.png", TestImages.write(photo("fg-girl-1__bg-studio.png", 200, 300), "png"));
        Path webp = write("photo3.webp", TestImages.resource("quadrants-lossy.webp"));
        Path out = dir.resolve("out");

        Run client = client(out, jpeg, png, webp);

        assertThat(client.exitCode()).as("cutout-amqp.js: %s", client).isZero();
        for (Path photo : List.of(jpeg, png, webp)) {
            assertThat(statuses(client, photo)).as("%s's lines in %s", photo.getFileName(), client)
                    .containsExactly("queued", "decoding", "inferring", "refining", "encoding", "done");
            BufferedImage in = ImageIO.read(photo.toFile());
            BufferedImage result = ImageIO.read(out.resolve(stem(photo) + "_no_bg.png").toFile());
            assertThat(result).as("%s's result", photo.getFileName()).isNotNull();
            assertThat(result.getWidth()).isEqualTo(in.getWidth());
            assertThat(result.getHeight()).isEqualTo(in.getHeight());
            assertThat(result.getColorModel().hasAlpha()).isTrue();
        }
    }

    @Test
    void exitsNonZeroWithTheWorkersErrorCodeWhenAPhotoCannotBeRead() throws Exception {
        Path broken = write("broken.gif", "GIF89a but not really".getBytes(StandardCharsets.US_ASCII));
        Path out = dir.resolve("out");

        Run client = client(out, broken);

        assertThat(client.exitCode()).as("cutout-amqp.js: %s", client).isEqualTo(1);
        assertThat(statuses(client, broken)).containsExactly("queued", "decoding", "failed");
        assertThat(client.stdout()).contains("broken.gif: failed CORRUPT_IMAGE: ");
        assertThat(out.resolve("broken_no_bg.png")).doesNotExist();
    }

    private Run client(Path out, Path... photos) {
        String broker = "amqp://guest:guest@127.0.0.1:5672/" + OwnVirtualHost.name();
        List<String> command = new ArrayList<>(List.of("node", "cutout-amqp.js", "--broker", broker, "-o", out.toString(),
                "--timeout", String.valueOf(CLIENT_TIMEOUT.toSeconds() - 10)));
        for (Path photo : photos) {
            command.add(photo.toString());
        }
        return run(command, example(), CLIENT_TIMEOUT);
    }

    /** The first word after {@code <file name>: } on each of the photo's lines, in the order printed. */
    private static List<String> statuses(Run client, Path photo) {
        String prefix = photo.getFileName() + ": ";
        return client.stdout().lines().filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length()).split("[ :]", 2)[0]).toList();
    }

    private static BufferedImage photo(String evalImage, int width, int height) {
        return TestImages.scaled(TestImages.read(SharedFiles.evalImage(evalImage)), width, height);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static String stem(Path photo) {
        String name = photo.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** {@code examples/amqp-node}, from the failsafe configuration in this module's pom ({@code examples.dir}). */
    private static Path example() {
        String dir = System.getProperty("examples.dir");
        if (dir == null) {
            throw new IllegalStateException("system property examples.dir is not set: run the tests through Maven");
        }
        return Path.of(dir, "amqp-node");
    }

    /** A finished process: its exit code and what it printed. */
    private record Run(List<String> command, int exitCode, String stdout, String stderr) {

        @Override
        public String toString() {
            return String.join(" ", command) + " exited with " + exitCode + "\n--- stdout\n" + stdout
                    + "--- stderr\n" + stderr;
        }
    }

    private static Run run(List<String> command, Path directory, Duration timeout) {
        try {
            File stdout = File.createTempFile("node-client-it", ".out");
            File stderr = File.createTempFile("node-client-it", ".err");
            Process process;
            try {
                process = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectOutput(stdout).redirectError(stderr).start();
            } catch (IOException e) {
                throw new IllegalStateException("cannot run " + command.get(0) + ": NodeClientIT needs Node.js "
                        + NODE_MAJOR + "+ with npm on the PATH (it runs examples/amqp-node)", e);
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(command + " did not finish within " + timeout + "; printed:\n"
                        + Files.readString(stdout.toPath()) + Files.readString(stderr.toPath()));
            }
            Run run = new Run(command, process.exitValue(), Files.readString(stdout.toPath()),
                    Files.readString(stderr.toPath()));
            Files.delete(stdout.toPath());
            Files.delete(stderr.toPath());
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
