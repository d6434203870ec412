package dev.cutout.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A descriptor checked against a graph at load: hash, input name, input shape and output name each fail
 * with one sentence before any ONNX Runtime session exists.
 */
class GraphCheckTest {

    @TempDir
    Path dir;

    /** Shaped like u2netp.onnx: one 1x3x320x320 input, symbolic outputs, a weight listed as an input. */
    private static byte[] u2netpLike() {
        return new SyntheticOnnx().initializer("conv.weight", 300)
                .input("input.1", 1L, 3L, 320L, 320L)
                .output("1959", "d0", "d1", "d2", "d3")
                .output("1960", "e0", "e1", "e2", "e3")
                .toBytes();
    }

    @Test
    void readsInputsOutputsAndShapesButNotTheWeights() throws IOException {
        Path file = write(u2netpLike());

        OnnxGraph graph = OnnxGraph.read(file);

        assertThat(graph.inputNames()).containsExactly("input.1");
        assertThat(graph.input("input.1").orElseThrow().dims())
                .containsExactly(Optional.of(1L), Optional.of(3L), Optional.of(320L), Optional.of(320L));
        assertThat(graph.outputNames()).containsExactly("1959", "1960");
        assertThat(graph.outputs().get(0).shape()).isEqualTo("[?, ?, ?, ?]");
    }

    @Test
    void aDescriptorThatFitsItsGraphPasses() throws IOException {
        Path file = write(u2netpLike());

        assertThat(new ModelFiles(dir).verifiedOriginal(descriptorFor(file))).isEqualTo(file);
    }

    @Test
    void wrongInputNameFailsNamingTheGraphsInputs() throws IOException {
        ModelDescriptor d = descriptorFor(write(u2netpLike()));
        ModelDescriptor wrong = renamed(d, "x", d.output().name());

        assertThatThrownBy(() -> new ModelFiles(dir).verifiedOriginal(wrong))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessage("u2netp.onnx: the descriptor names input 'x' but the graph's inputs are [input.1]");
    }

    @Test
    void wrongInputSizeFailsNamingBothShapes() throws IOException {
        ModelDescriptor d = descriptorFor(write(u2netpLike())).withGrid(512);

        assertThatThrownBy(() -> new ModelFiles(dir).verifiedOriginal(d))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessage("u2netp.onnx: input 'input.1' is [1, 3, 320, 320] in the graph but the descriptor expects "
                        + "[1, 3, 512, 512] (NCHW)");
    }

    @Test
    void symbolicSidesFitAnyGridAndAGraphWithTwoInputsIsRefused() throws IOException {
        byte[] dynamic = new SyntheticOnnx().input("input.1", "batch", 3L, "height", "width").output("1959").toBytes();
        assertThat(new ModelFiles(dir).verifiedOriginal(descriptorFor(write(dynamic)).withGrid(640))).exists();

        byte[] two = new SyntheticOnnx().input("input.1", 1L, 3L, 320L, 320L).input("mask", 1L, 1L, 320L, 320L)
                .output("1959").toBytes();
        ModelDescriptor d = descriptorFor(write(two));
        assertThatThrownBy(() -> new ModelFiles(dir).verifiedOriginal(d))
                .hasMessage("u2netp.onnx: the graph has inputs [input.1, mask] but Cutout feeds only one, 'input.1'");
    }

    @Test
    void missingOutputFailsNamingTheGraphsOutputs() throws IOException {
        ModelDescriptor d = descriptorFor(write(u2netpLike()));
        ModelDescriptor wrong = renamed(d, d.input().name(), "output");

        assertThatThrownBy(() -> new ModelFiles(dir).verifiedOriginal(wrong))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessage("u2netp.onnx: the descriptor names output 'output' but the graph's outputs are [1959, 1960]");
    }

    @Test
    void anOutputOfTheWrongSizeIsRefused() throws IOException {
        byte[] small = new SyntheticOnnx().input("input.1", 1L, 3L, 320L, 320L).output("1959", 1L, 1L, 160L, 160L)
                .toBytes();
        ModelDescriptor d = descriptorFor(write(small));

        assertThatThrownBy(() -> new ModelFiles(dir).verifiedOriginal(d))
                .hasMessage("u2netp.onnx: output '1959' is [1, 1, 160, 160] in the graph but the descriptor's 320x320 "
                        + "grid needs one value per cell");
    }

    @Test
    void hashMismatchFailsBeforeTheGraphIsRead() throws IOException {
        write(u2netpLike());
        ModelDescriptor u2netp = BuiltInDescriptors.get("u2netp");

        assertThatThrownBy(() -> new ModelFiles(dir).verifiedOriginal(u2netp))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessageStartingWith("Model 'u2netp' in " + dir.toAbsolutePath() + " has SHA-256 ")
                .hasMessageContaining("expected 309c8469258dda742793dce0ebea8e6dd393174f89934733ecc8b14c76f4ddd8")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aDescriptorWithoutHashOrWithLetterboxIsRefusedAtLoad() {
        assertThatThrownBy(() -> new ModelFiles(dir).verifiedOriginal(BuiltInDescriptors.get("birefnet-general")))
                .hasMessage("Model 'birefnet-general' has no sha256 in its descriptor (not run here): add the file's "
                        + "SHA-256 to the descriptor");
        ModelDescriptor u2netp = BuiltInDescriptors.get("u2netp");
        ModelDescriptor.Input in = u2netp.input();
        ModelDescriptor letterbox = new ModelDescriptor(u2netp.name(), u2netp.file(), u2netp.sha256(),
                new ModelDescriptor.Input(in.name(), in.layout(), in.size(), in.colourOrder(), in.normalisation(),
                        ModelDescriptor.ResizeMode.LETTERBOX), u2netp.output(), u2netp.licence(), true, "");
        assertThatThrownBy(() -> new ModelFiles(dir).verifiedOriginal(letterbox))
                .hasMessage("Model 'u2netp': resize mode letterbox is not supported by the pipeline yet, only stretch");
    }

    @Test
    void aFileThatIsNotOnnxFailsWithOneSentence() throws IOException {
        ModelDescriptor d = descriptorFor(write(new byte[] {(byte) 0xff, (byte) 0xff}));

        assertThatThrownBy(() -> new ModelFiles(dir).verifiedOriginal(d))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessageStartingWith("u2netp.onnx: not a readable ONNX model");
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("u2netp.onnx"), bytes);
    }

    /** The built-in U2-Net-p descriptor, re-hashed for the synthetic file. */
    private static ModelDescriptor descriptorFor(Path file) throws IOException {
        ModelDescriptor d = BuiltInDescriptors.get("u2netp");
        return new ModelDescriptor(d.name(), d.file(), Optional.of(Sha256.of(file)), d.input(), d.output(),
                d.licence(), d.runHere(), d.comment());
    }

    private static ModelDescriptor renamed(ModelDescriptor d, String input, String output) {
        ModelDescriptor.Input in = d.input();
        return new ModelDescriptor(d.name(), d.file(), d.sha256(),
                new ModelDescriptor.Input(input, in.layout(), in.size(), in.colourOrder(), in.normalisation(), in.resize()),
                new ModelDescriptor.Output(output, d.output().meaning(), d.output().minMaxNormalise()),
                d.licence(), d.runHere(), d.comment());
    }
}
