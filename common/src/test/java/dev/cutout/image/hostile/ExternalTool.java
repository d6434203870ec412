package dev.cutout.image.hostile;

import dev.cutout.image.TestImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Encoders the JDK lacks (heif-enc, cwebp), run on a PNG of the picture; empty when the tool is not installed. */
final class ExternalTool {

    private static final int TIMEOUT_SECONDS = 60;

    private ExternalTool() {
    }

    /** {@code tool args... -o <out> <in.png>}; an installed tool that fails is an error, a missing one is empty. */
    static Optional<byte[]> encode(String tool, BufferedImage image, String extension, String... args) {
        try {
            Path dir = Files.createTempDirectory("cutout-hostile-" + tool);
            try {
                Path png = dir.resolve("in.png");
                Path output = dir.resolve("out." + extension);
                Files.write(png, TestImages.write(image, "png"));
                List<String> command = new ArrayList<>(List.of(tool));
                command.addAll(List.of(args));
                command.addAll(List.of("-o", output.toString(), png.toString()));
                Process process;
                try {
                    process = new ProcessBuilder(command).redirectErrorStream(true).start();
                } catch (IOException notInstalled) {
                    return Optional.empty();
                }
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(tool + " did not finish within " + TIMEOUT_SECONDS + " s");
                }
                String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(tool + " failed: " + log);
                }
                return Optional.of(Files.readAllBytes(output));
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
