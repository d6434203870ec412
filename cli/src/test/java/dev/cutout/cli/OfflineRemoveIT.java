package dev.cutout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.engine.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the model loads and runs with no network at all: the command line runs in a fresh network
 * namespace ({@code unshare -rn}: only a downed loopback), so any download or call-home would fail it.
 */
class OfflineRemoveIT {

    private static final long TIMEOUT_SECONDS = 180;

    @TempDir
    Path dir;

    @Test
    void removesABackgroundInsideANetworkNamespaceWithoutAnyNetwork() throws IOException, InterruptedException {
        Path output = dir.resolve("car.png");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of("unshare", "-rn", java.toString(),
                "-cp", System.getProperty("java.class.path"), RemoveCommand.class.getName(),
                SharedFiles.evalImage("fg-car-2__bg-studio.png").toString(), "-o", output.toString()))
                .redirectErrorStream(true)
                .start();
        boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished).as("finished in time; log:%n%s", log).isTrue();
        assertThat(process.exitValue()).as("exit code; log:%n%s", log).isZero();
        assertThat(ImageIO.read(output.toFile()).getWidth()).isEqualTo(1000);
    }
}
