package dev.cutout.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrunedModelCacheTest {

    @TempDir
    Path dir;

    @Test
    void prunesToTheDescriptorsOutputAndDerivesAgainWhenTheDescriptorNamesAnother() throws IOException {
        Path original = Files.write(dir.resolve("u2netp.onnx"), new SyntheticOnnx()
                .input("input.1", 1L, 3L, 320L, 320L).output("1959").output("1960").output("1961").toBytes());
        ModelDescriptor first = withOutput(original, "1959");

        Path pruned = PrunedModelCache.outputOnly(original, first);

        assertThat(pruned.getFileName()).hasToString("u2netp.output-only.onnx");
        assertThat(OnnxGraph.read(pruned).outputNames()).containsExactly("1959");
        assertThat(OnnxGraph.read(pruned).inputNames()).containsExactly("input.1");
        assertThat(Files.readString(dir.resolve("u2netp.output-only.onnx.sha256")))
                .contains("from " + first.sha256().orElseThrow() + "  float32");

        PrunedModelCache.outputOnly(original, withOutput(original, "1961"));

        assertThat(OnnxGraph.read(pruned).outputNames()).containsExactly("1961");
    }

    private static ModelDescriptor withOutput(Path file, String output) throws IOException {
        ModelDescriptor d = BuiltInDescriptors.get("u2netp");
        return new ModelDescriptor(d.name(), d.file(), Optional.of(Sha256.of(file)), d.input(),
                new ModelDescriptor.Output(output, d.output().meaning(), d.output().minMaxNormalise()),
                d.licence(), true, d.comment());
    }
}
