package dev.cutout.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Makes HEIC/AVIF test inputs with libheif's heif-enc tool; a missing tool fails the test loudly. */
final class HeifEncoder {

    private static final String INSTALL_HINT = "heif-enc is required for HEIC/AVIF tests: apt-get install -y libheif-examples";

    private HeifEncoder() {
    }

    static byte[] encode(BufferedImage image, Path dir, boolean avif) throws IOException, InterruptedException {
        Path png = dir.resolve("input.png");
        Path output = dir.resolve(avif ? "output.avif" : "output.heic");
        Files.write(png, TestImages.write(image, "png"));
        List<String> command = new ArrayList<>(List.of("heif-enc", "-q", "90", "-o", output.toString(), png.toString()));
        if (avif) {
            command.add(1, "-A");
        }
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            throw new AssertionError(INSTALL_HINT, notInstalled);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("heif-enc did not finish within 60 s");
        }
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("heif-enc failed: %s", log).isZero();
        return Files.readAllBytes(output);
    }
}
