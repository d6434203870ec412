package dev.cutout.engine.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Rewrites an ONNX model so its graph declares a single output, which lets ONNX Runtime's optimiser
 * drop the branches that only fed the other outputs (ISNet's and U²-Net's side maps) instead of computing
 * and copying them on every run. Which output is kept comes from the model's descriptor.
 */
public final class OutputPruner {

    // Field numbers from onnx.proto (ModelProto.graph, GraphProto.output, ValueInfoProto.name).
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_OUTPUT = 12;
    private static final int VALUE_INFO_NAME = 1;

    private OutputPruner() {}

    /**
     * Returns a copy of {@code model} whose graph outputs are only {@code keep}; every other field is
     * copied byte for byte. Throws when the graph has no output of that name.
     */
    public static byte[] keepOnlyOutput(byte[] model, String keep) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(model.length);
        boolean sawGraph = false;
        for (int pos = 0; pos < model.length; ) {
            ProtoWire.Field field = ProtoWire.readField(model, pos, model.length);
            if (field.number() == MODEL_GRAPH && field.wireType() == ProtoWire.LENGTH_DELIMITED) {
                if (sawGraph) {
                    throw new IllegalArgumentException("model has more than one graph field");
                }
                sawGraph = true;
                byte[] graph = pruneGraph(model, field.payloadStart(), field.end(), keep);
                ProtoWire.writeTag(out, MODEL_GRAPH, ProtoWire.LENGTH_DELIMITED);
                ProtoWire.writeVarint(out, graph.length);
                out.writeBytes(graph);
            } else {
                out.write(model, field.start(), field.end() - field.start());
            }
            pos = field.end();
        }
        if (!sawGraph) {
            throw new IllegalArgumentException("not an ONNX model: no graph field");
        }
        return out.toByteArray();
    }

    private static byte[] pruneGraph(byte[] buf, int start, int end, String keep) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(end - start);
        int kept = 0;
        for (int pos = start; pos < end; ) {
            ProtoWire.Field field = ProtoWire.readField(buf, pos, end);
            boolean isOutput = field.number() == GRAPH_OUTPUT && field.wireType() == ProtoWire.LENGTH_DELIMITED;
            if (!isOutput || keep.equals(valueInfoName(buf, field.payloadStart(), field.end()))) {
                out.write(buf, field.start(), field.end() - field.start());
                kept += isOutput ? 1 : 0;
            }
            pos = field.end();
        }
        if (kept != 1) {
            throw new IllegalArgumentException("expected one graph output named '" + keep + "', found " + kept);
        }
        return out.toByteArray();
    }

    private static String valueInfoName(byte[] buf, int start, int end) {
        for (int pos = start; pos < end; ) {
            ProtoWire.Field field = ProtoWire.readField(buf, pos, end);
            if (field.number() == VALUE_INFO_NAME && field.wireType() == ProtoWire.LENGTH_DELIMITED) {
                return new String(buf, field.payloadStart(), field.end() - field.payloadStart(), StandardCharsets.UTF_8);
            }
            pos = field.end();
        }
        return "";
    }
}
