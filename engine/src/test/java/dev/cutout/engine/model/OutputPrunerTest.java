package dev.cutout.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Builds tiny ModelProto-shaped messages by hand, so the expected bytes are known exactly. */
class OutputPrunerTest {

    private static final int MODEL_IR_VERSION = 1;
    private static final int MODEL_GRAPH = 7;
    private static final int MODEL_OPSET = 8;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_NAME = 2;
    private static final int GRAPH_INPUT = 11;
    private static final int GRAPH_OUTPUT = 12;
    private static final int VALUE_INFO_NAME = 1;
    private static final int VALUE_INFO_TYPE = 2;

    @Test
    void keepsOnlyTheNamedGraphOutputAndCopiesEverythingElseVerbatim() {
        byte[] node = bytes(200); // long enough that the graph length needs a two-byte varint
        byte[] model = model(
                graph(node, valueInfo("input"), valueInfo("side1"), valueInfo("output"), valueInfo("side2")));

        byte[] pruned = OutputPruner.keepOnlyOutput(model, "output");

        assertThat(pruned).isEqualTo(model(graph(node, valueInfo("input"), valueInfo("output"))));
    }

    @Test
    void keepsGraphFieldOrderAroundTheSurvivingOutput() {
        ProtoMessage graph = new ProtoMessage()
                .bytes(GRAPH_OUTPUT, valueInfo("side"))
                .string(GRAPH_NAME, "g")
                .bytes(GRAPH_OUTPUT, valueInfo("output"))
                .bytes(GRAPH_NODE, bytes(3));
        ProtoMessage expected = new ProtoMessage()
                .string(GRAPH_NAME, "g")
                .bytes(GRAPH_OUTPUT, valueInfo("output"))
                .bytes(GRAPH_NODE, bytes(3));

        byte[] pruned = OutputPruner.keepOnlyOutput(model(graph.toBytes()), "output");

        assertThat(pruned).isEqualTo(model(expected.toBytes()));
    }

    @Test
    void refusesAGraphWithoutTheRequestedOutput() {
        byte[] model = model(graph(bytes(1), valueInfo("input"), valueInfo("side1")));

        assertThatThrownBy(() -> OutputPruner.keepOnlyOutput(model, "output"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("found 0");
    }

    @Test
    void refusesBytesThatAreNotAModel() {
        assertThatThrownBy(() -> OutputPruner.keepOnlyOutput(new byte[] {(byte) 0x8a}, "output"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] model(byte[] graph) {
        return new ProtoMessage()
                .varint(MODEL_IR_VERSION, 8)
                .string(3, "pytorch")
                .bytes(MODEL_GRAPH, graph)
                .bytes(MODEL_OPSET, new ProtoMessage().varint(2, 17).toBytes())
                .fixed32(99)
                .toBytes();
    }

    private static byte[] graph(byte[] node, byte[] input, byte[]... outputs) {
        ProtoMessage graph = new ProtoMessage().bytes(GRAPH_NODE, node).string(GRAPH_NAME, "main").bytes(GRAPH_INPUT, input);
        for (byte[] output : outputs) {
            graph.bytes(GRAPH_OUTPUT, output);
        }
        return graph.toBytes();
    }

    /** A ValueInfoProto whose type field comes before the name, as some exporters write it. */
    private static byte[] valueInfo(String name) {
        return new ProtoMessage().bytes(VALUE_INFO_TYPE, bytes(4)).string(VALUE_INFO_NAME, name).toBytes();
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 37 + 11);
        }
        return b;
    }
}
