package dev.cutout.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {

    @TempDir
    Path dir;

    @Test
    void missingModelFailsWithOneLineNamingTheFetchScript() {
        assertThatThrownBy(() -> new ModelFiles(dir).verifiedOriginal(ModelVariant.MEDIUM))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessage("Model 'medium' not found in " + dir.toAbsolutePath()
                        + ": run deploy/fetch-models.sh (or ./cutout test / ./cutout run, which do it)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void modelWithWrongHashFailsWithOneLineNamingBothHashesAndTheFix() throws IOException {
        Files.writeString(dir.resolve("small.onnx"), "not a model");

        assertThatThrownBy(() -> new ModelFiles(dir).verifiedOriginal(ModelVariant.SMALL))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessageStartingWith("Model 'small' in " + dir.toAbsolutePath() + " has SHA-256 ")
                .hasMessageContaining(Sha256.of("not a model".getBytes()))
                .hasMessageContaining("expected " + ModelVariant.SMALL.sha256())
                .hasMessageEndingWith(": run deploy/fetch-models.sh (or ./cutout test / ./cutout run, which do it)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
