package dev.cutout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.engine.model.TestModels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./cutout models} and {@code ./cutout models add} against a model directory of their own. */
class ModelsCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Path models() {
        return dir.resolve("models");
    }

    @Test
    void addInstallsAVerifiedModelThatTheListingThenShowsOnOneLine() throws Exception {
        Path onnx = TestModels.writeOnnx(dir, "tiny.onnx", "input.1");
        Path json = TestModels.writeDescriptor(dir, "d.json", TestModels.descriptor("tiny", "tiny.onnx", Optional.of(sha256(onnx))));

        int added = command().run("add", onnx.toString(), "--descriptor", json.toString());
        int listed = command().run();

        assertThat(added).isEqualTo(ModelsCommand.EXIT_OK);
        assertThat(listed).isEqualTo(ModelsCommand.EXIT_OK);
        assertThat(models().resolve("tiny.onnx")).hasSameBinaryContentAs(onnx);
        assertThat(models().resolve("tiny.json")).exists();
        String listing = out.toString(StandardCharsets.UTF_8);
        assertThat(listing).contains("installed model 'tiny'", "run it with --model tiny");
        assertThat(line(listing, "tiny ")).contains("0.0 MB", "installed", "verified", "not run here", "Apache-2.0, for a test");
        assertThat(line(listing, "u2netp ")).contains("-", "built in", "not here", "run here", "Apache-2.0");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void addRefusesADescriptorWithoutAHashPrintingTheFilesHashAndInstallsNothing() throws Exception {
        Path onnx = TestModels.writeOnnx(dir, "tiny.onnx", "input.1");
        Path json = TestModels.writeDescriptor(dir, "d.json", TestModels.descriptor("tiny", "tiny.onnx", Optional.empty()));

        int exit = command().run("add", onnx.toString(), "--descriptor", json.toString());

        assertThat(exit).isEqualTo(ModelsCommand.EXIT_REFUSED);
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message).startsWith("cutout models: " + json + " has no 'sha256': tiny.onnx has SHA-256 " + sha256(onnx));
        assertThat(message.strip()).doesNotContain("\n");
        assertThat(models()).doesNotExist();
    }

    @Test
    void addWithoutADescriptorIsAUsageError() throws IOException {
        Path onnx = TestModels.writeOnnx(dir, "tiny.onnx", "input.1");

        int exit = command().run("add", onnx.toString());

        assertThat(exit).isEqualTo(ModelsCommand.EXIT_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("needs FILE.onnx and --descriptor D.json",
                "Usage: ./cutout models");
    }

    private ModelsCommand command() {
        return new ModelsCommand(models(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
