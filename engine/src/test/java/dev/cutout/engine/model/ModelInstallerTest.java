package dev.cutout.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./cutout models add}: a model is checked against its descriptor, then installed whole, or nothing is. */
class ModelInstallerTest {

    @TempDir
    Path dir;

    private Path downloads() {
        return dir.resolve("downloads");
    }

    private Path models() {
        return dir.resolve("models");
    }

    @Test
    void installsAFileThatMatchesItsDescriptorAndTheCatalogueThenOffersIt() throws IOException {
        Path onnx = TestModels.writeOnnx(downloads(), "tiny.onnx", "input.1");
        String sha = Sha256.of(onnx);
        Path json = TestModels.writeDescriptor(downloads(), "my-descriptor.json",
                TestModels.descriptor("tiny", "tiny.onnx", Optional.of(sha)));

        ModelInstaller.Installed installed = new ModelInstaller(models()).install(onnx, json);

        assertThat(installed.file()).isEqualTo(models().toAbsolutePath().resolve("tiny.onnx"));
        assertThat(installed.file()).hasSameBinaryContentAs(onnx);
        assertThat(installed.descriptorFile()).isEqualTo(models().toAbsolutePath().resolve("tiny.json"));
        assertThat(installed.descriptorFile()).hasSameTextualContentAs(json);
        assertThat(installed.sha256()).isEqualTo(sha);
        assertThat(listing(models())).containsExactly("tiny.json", "tiny.onnx");
        ModelCatalogue catalogue = ModelCatalogue.of(models());
        assertThat(catalogue.available("tiny").sha256()).hasValue(sha);
        assertThat(new ModelFiles(models()).verifiedOriginal(catalogue.available("tiny"))).isEqualTo(installed.file());
    }

    @Test
    void refusesAFileWhoseHashIsNotTheDescriptorsAndCopiesNothing() throws IOException {
        Path onnx = TestModels.writeOnnx(downloads(), "tiny.onnx", "input.1");
        String other = "1".repeat(64);
        Path json = TestModels.writeDescriptor(downloads(), "tiny.json", TestModels.descriptor("tiny", "tiny.onnx", Optional.of(other)));

        assertThatThrownBy(() -> new ModelInstaller(models()).install(onnx, json))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessage(onnx + " has SHA-256 " + Sha256.of(onnx) + " but tiny.json expects " + other
                        + ": not the file the descriptor describes");
        assertThat(listing(models())).isEmpty();
    }

    @Test
    void refusesADescriptorWithoutAHashSayingTheFilesHashAndCopiesNothing() throws IOException {
        Path onnx = TestModels.writeOnnx(downloads(), "tiny.onnx", "input.1");
        Path json = TestModels.writeDescriptor(downloads(), "tiny.json", TestModels.descriptor("tiny", "tiny.onnx", Optional.empty()));

        assertThatThrownBy(() -> new ModelInstaller(models()).install(onnx, json))
                .isInstanceOf(InvalidDescriptorException.class)
                .hasMessage(json + " has no 'sha256': tiny.onnx has SHA-256 " + Sha256.of(onnx)
                        + "; put it in the descriptor as \"sha256\" if this is the file you mean, then add it again")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(listing(models())).isEmpty();
    }

    @Test
    void refusesAGraphWhoseInputIsNotTheDescriptorsAndCopiesNothing() throws IOException {
        Path onnx = TestModels.writeOnnx(downloads(), "tiny.onnx", "image");
        Path json = TestModels.writeDescriptor(downloads(), "tiny.json",
                TestModels.descriptor("tiny", "tiny.onnx", Optional.of(Sha256.of(onnx))));

        assertThatThrownBy(() -> new ModelInstaller(models()).install(onnx, json))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessage("tiny.onnx: the descriptor names input 'input.1' but the graph's inputs are [image]");
        assertThat(listing(models())).isEmpty();
    }

    @Test
    void refusesANameAlreadyInTheCatalogue() throws IOException {
        Path onnx = TestModels.writeOnnx(downloads(), "mine.onnx", "input.1");
        Path json = TestModels.writeDescriptor(downloads(), "medium.json",
                TestModels.descriptor("medium", "mine.onnx", Optional.of(Sha256.of(onnx))));

        assertThatThrownBy(() -> new ModelInstaller(models()).install(onnx, json))
                .isInstanceOf(InvalidDescriptorException.class)
                .hasMessage("A model named 'medium' is already in the catalogue (built in): give the descriptor another 'name'");
        assertThat(listing(models())).isEmpty();
    }

    @Test
    void refusesADescriptorWhoseFileWouldReplaceAnotherInTheModelDirectory() throws IOException {
        Path onnx = TestModels.writeOnnx(downloads(), "tiny.onnx", "input.1");
        Path json = TestModels.writeDescriptor(downloads(), "tiny.json",
                TestModels.descriptor("tiny", "small.onnx", Optional.of(Sha256.of(onnx))));
        Path small = Files.createDirectories(models()).resolve("small.onnx");
        Files.writeString(small, "the provisioned small model");

        assertThatThrownBy(() -> new ModelInstaller(models()).install(onnx, json))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessageContaining("small.onnx already exists and is another file");
        assertThat(small).hasContent("the provisioned small model");
        assertThat(listing(models())).containsExactly("small.onnx");
    }

    /** Every file in the directory, hidden ones too (a partial copy must not be left behind). */
    private static java.util.List<String> listing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
