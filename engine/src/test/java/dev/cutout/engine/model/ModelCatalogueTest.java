package dev.cutout.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue: built-in descriptors, installed ones beside their files, and one sentence for every refusal. */
class ModelCatalogueTest {

    @TempDir
    Path dir;

    @Test
    void listsTheBuiltInDescriptorsThenTheInstalledOnesWithTheirFilesSizeAndVerification() throws IOException {
        Path onnx = TestModels.writeOnnx(dir, "tiny.onnx", "input.1");
        String sha = Sha256.of(onnx);
        TestModels.writeDescriptor(dir, "tiny.json", TestModels.descriptor("tiny", "tiny.onnx", Optional.of(sha)));

        ModelCatalogue catalogue = ModelCatalogue.of(dir);

        assertThat(catalogue.descriptors()).extracting(ModelDescriptor::name)
                .containsExactly("small", "medium", "u2netp", "u2net", "birefnet-general", "birefnet-general-lite",
                        "birefnet-hr", "rmbg-1.4", "tiny");
        ModelCatalogue.Entry tiny = entry(catalogue, "tiny");
        assertThat(tiny.installed()).isTrue();
        assertThat(tiny.size()).hasValue(Files.size(onnx));
        assertThat(tiny.verification()).isEqualTo(ModelCatalogue.Verification.VERIFIED);
        assertThat(tiny.descriptor().licence()).isEqualTo("Apache-2.0, for a test");
        ModelCatalogue.Entry medium = entry(catalogue, "medium");
        assertThat(medium.installed()).isFalse();
        assertThat(medium.size()).isEmpty();
        assertThat(medium.verification()).isEqualTo(ModelCatalogue.Verification.NO_FILE);
        assertThat(catalogue.availableNames()).containsExactly("tiny");
        assertThat(catalogue.available("tiny").file()).isEqualTo("tiny.onnx");
    }

    @Test
    void aListingTakesTheRememberedHashInsteadOfReadingTheFileAgain() throws IOException {
        Path onnx = TestModels.writeOnnx(dir, "tiny.onnx", "input.1");
        TestModels.writeDescriptor(dir, "tiny.json", TestModels.descriptor("tiny", "tiny.onnx", Optional.of(Sha256.of(onnx))));
        // Stamped as by an earlier start a minute later; then the stamp is made to say another hash for the same file.
        HashStamp.sha256(onnx, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1)));
        Path stamp = HashStamp.stampOf(onnx);
        String recorded = Files.readString(stamp);
        Files.writeString(stamp, "f".repeat(64) + recorded.substring(64));

        assertThat(entry(ModelCatalogue.of(dir), "tiny").verification()).isEqualTo(ModelCatalogue.Verification.MISMATCH);
    }

    @Test
    void aFileThatIsNotTheDescribedOneIsListedAsAMismatchAndOneWithoutAHashAsUnverified() throws IOException {
        TestModels.writeOnnx(dir, "tiny.onnx", "input.1");
        TestModels.writeDescriptor(dir, "tiny.json", TestModels.descriptor("tiny", "tiny.onnx", Optional.of("0".repeat(64))));
        TestModels.writeOnnx(dir, "loose.onnx", "input.1");
        TestModels.writeDescriptor(dir, "loose.json", TestModels.descriptor("loose", "loose.onnx", Optional.empty()));

        ModelCatalogue catalogue = ModelCatalogue.of(dir);

        assertThat(entry(catalogue, "tiny").verification()).isEqualTo(ModelCatalogue.Verification.MISMATCH);
        assertThat(entry(catalogue, "loose").verification()).isEqualTo(ModelCatalogue.Verification.NO_HASH);
    }

    @Test
    void aNameGivenTwiceIsRefusedWithOneSentence() throws IOException {
        Path json = TestModels.writeDescriptor(dir, "u2netp.json",
                TestModels.descriptor("u2netp", "my-u2netp.onnx", Optional.of("0".repeat(64))));

        assertThatThrownBy(() -> ModelCatalogue.of(dir))
                .isInstanceOf(InvalidDescriptorException.class)
                .hasMessage(json + " describes model 'u2netp', which is built in: a name may be given only once, "
                        + "so rename or remove " + json);
    }

    @Test
    void anInstalledDescriptorMustBeNamedAfterItsModel() throws IOException {
        Path json = TestModels.writeDescriptor(dir, "other.json",
                TestModels.descriptor("tiny", "tiny.onnx", Optional.of("0".repeat(64))));

        assertThatThrownBy(() -> ModelCatalogue.of(dir))
                .isInstanceOf(InvalidDescriptorException.class)
                .hasMessage(json + " names its model 'tiny': an installed descriptor must be called after its model, tiny.json");
    }

    @Test
    void aBadInstalledDescriptorFailsWithTheReadersSentence() throws IOException {
        TestModels.writeDescriptor(dir, "tiny.json", TestModels.descriptor("tiny", "tiny.onnx", Optional.empty())
                .replace("\"side\": 320", "\"side\": \"320px\""));

        assertThatThrownBy(() -> ModelCatalogue.of(dir))
                .isInstanceOf(InvalidDescriptorException.class)
                .hasMessage("tiny.json: 'input.size.side' must be a positive integer, got \"320px\"");
    }

    @Test
    void anUnknownOrAbsentModelIsRefusedListingWhatIsHereAndHowToGetMore() throws IOException {
        TestModels.writeOnnx(dir, "small.onnx", "input");

        ModelCatalogue catalogue = ModelCatalogue.of(dir);

        assertThatThrownBy(() -> catalogue.available("large"))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessage("Unknown model 'large' (available here: small; " + ModelCatalogue.HOW_TO_GET + ")");
        assertThatThrownBy(() -> catalogue.available("birefnet-general"))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessage("Model 'birefnet-general' is described but birefnet-general.onnx is not in "
                        + dir.toAbsolutePath() + " (available here: small; " + ModelCatalogue.HOW_TO_GET + ")");
    }

    @Test
    void aMissingModelDirectoryHoldsOnlyTheBuiltInDescriptorsWithoutFiles() {
        ModelCatalogue catalogue = ModelCatalogue.of(dir.resolve("nowhere"));

        assertThat(catalogue.descriptors()).hasSize(BuiltInDescriptors.NAMES.size());
        assertThat(catalogue.availableNames()).isEmpty();
    }

    private static ModelCatalogue.Entry entry(ModelCatalogue catalogue, String name) {
        return catalogue.entries().stream().filter(e -> e.descriptor().name().equals(name)).findFirst().orElseThrow();
    }
}
