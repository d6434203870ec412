package dev.cutout.engine.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Rewrites an ONNX model whose weights and tensors are float16 into the same graph in float32: every
 * float16 initializer and constant widened (exactly: each half is a float), every float16 type declaration
 * and {@code Cast(to=FLOAT16)} made float32. ONNX Runtime's CPU provider has no float16 kernels for ISNet's
 * operators, so it wraps each of them in casts on every run and cannot fuse Conv with Relu; in float32 it
 * fuses them and keeps one cast. Other fields are copied byte for byte; a model with no float16 comes back
 * unchanged.
 */
public final class HalfPrecisionWidener {

    // Field numbers and enum values from onnx.proto.
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_INPUT = 11;
    private static final int GRAPH_OUTPUT = 12;
    private static final int GRAPH_VALUE_INFO = 13;
    private static final int NODE_OP_TYPE = 4;
    private static final int NODE_ATTRIBUTE = 5;
    private static final int ATTRIBUTE_NAME = 1;
    private static final int ATTRIBUTE_INT = 3;
    private static final int ATTRIBUTE_TENSOR = 5;
    private static final int ATTRIBUTE_GRAPH = 6;
    private static final int ATTRIBUTE_TENSORS = 10;
    private static final int ATTRIBUTE_GRAPHS = 11;
    private static final int TENSOR_DATA_TYPE = 2;
    private static final int TENSOR_INT32_DATA = 5;
    private static final int TENSOR_RAW_DATA = 9;
    private static final int TENSOR_DATA_LOCATION = 14;
    private static final int VALUE_INFO_TYPE = 2;
    private static final int TYPE_TENSOR = 1;
    private static final int TENSOR_TYPE_ELEM_TYPE = 1;
    private static final int FLOAT = 1;
    private static final int FLOAT16 = 10;
    private static final int EXTERNAL = 1;

    private HalfPrecisionWidener() {}

    /** The model with float32 wherever it had float16; throws when the bytes are not an ONNX model. */
    public static byte[] toFloat32(byte[] model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(model.length * 2);
        boolean sawGraph = false;
        for (int pos = 0; pos < model.length; ) {
            ProtoWire.Field field = ProtoWire.readField(model, pos, model.length);
            if (field.number() == MODEL_GRAPH && isMessage(field)) {
                sawGraph = true;
                writeMessage(out, MODEL_GRAPH, graph(model, field));
            } else {
                copy(out, model, field);
            }
            pos = field.end();
        }
        if (!sawGraph) {
            throw new IllegalArgumentException("not an ONNX model: no graph field");
        }
        return out.toByteArray();
    }

    private static byte[] graph(byte[] buf, ProtoWire.Field graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(graph.end() - graph.payloadStart());
        for (int pos = graph.payloadStart(); pos < graph.end(); ) {
            ProtoWire.Field field = ProtoWire.readField(buf, pos, graph.end());
            if (!isMessage(field)) {
                copy(out, buf, field);
            } else {
                switch (field.number()) {
                    case GRAPH_NODE -> writeMessage(out, GRAPH_NODE, node(buf, field));
                    case GRAPH_INITIALIZER -> writeMessage(out, GRAPH_INITIALIZER, tensor(buf, field));
                    case GRAPH_INPUT, GRAPH_OUTPUT, GRAPH_VALUE_INFO -> writeMessage(out, field.number(), valueInfo(buf, field));
                    default -> copy(out, buf, field);
                }
            }
            pos = field.end();
        }
        return out.toByteArray();
    }

    private static byte[] node(byte[] buf, ProtoWire.Field node) {
        boolean cast = "Cast".equals(string(buf, node, NODE_OP_TYPE));
        ByteArrayOutputStream out = new ByteArrayOutputStream(node.end() - node.payloadStart());
        for (int pos = node.payloadStart(); pos < node.end(); ) {
            ProtoWire.Field field = ProtoWire.readField(buf, pos, node.end());
            if (field.number() == NODE_ATTRIBUTE && isMessage(field)) {
                writeMessage(out, NODE_ATTRIBUTE, attribute(buf, field, cast));
            } else {
                copy(out, buf, field);
            }
            pos = field.end();
        }
        return out.toByteArray();
    }

    private static byte[] attribute(byte[] buf, ProtoWire.Field attribute, boolean ofCast) {
        boolean castTarget = ofCast && "to".equals(string(buf, attribute, ATTRIBUTE_NAME));
        ByteArrayOutputStream out = new ByteArrayOutputStream(attribute.end() - attribute.payloadStart());
        for (int pos = attribute.payloadStart(); pos < attribute.end(); ) {
            ProtoWire.Field field = ProtoWire.readField(buf, pos, attribute.end());
            if (castTarget && field.number() == ATTRIBUTE_INT && field.wireType() == ProtoWire.VARINT) {
                writeVarintField(out, ATTRIBUTE_INT, widened(varint(buf, field)));
            } else if ((field.number() == ATTRIBUTE_TENSOR || field.number() == ATTRIBUTE_TENSORS) && isMessage(field)) {
                writeMessage(out, field.number(), tensor(buf, field));
            } else if ((field.number() == ATTRIBUTE_GRAPH || field.number() == ATTRIBUTE_GRAPHS) && isMessage(field)) {
                writeMessage(out, field.number(), graph(buf, field));
            } else {
                copy(out, buf, field);
            }
            pos = field.end();
        }
        return out.toByteArray();
    }

    /** A TensorProto: float16 values (raw, or one per int32 varint) become float32 raw data. */
    private static byte[] tensor(byte[] buf, ProtoWire.Field tensor) {
        int dataType = FLOAT;
        for (int pos = tensor.payloadStart(); pos < tensor.end(); ) {
            ProtoWire.Field field = ProtoWire.readField(buf, pos, tensor.end());
            if (field.number() == TENSOR_DATA_TYPE && field.wireType() == ProtoWire.VARINT) {
                dataType = (int) varint(buf, field);
            } else if (field.number() == TENSOR_DATA_LOCATION && field.wireType() == ProtoWire.VARINT
                    && varint(buf, field) == EXTERNAL) {
                throw new IllegalArgumentException("tensors in external data files are not supported");
            }
            pos = field.end();
        }
        if (dataType != FLOAT16) {
            return slice(buf, tensor);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 * (tensor.end() - tensor.payloadStart()));
        // int32_data may come as one packed field or as one field per value: gathered into one raw_data.
        ByteArrayOutputStream fromInt32 = new ByteArrayOutputStream();
        for (int pos = tensor.payloadStart(); pos < tensor.end(); ) {
            ProtoWire.Field field = ProtoWire.readField(buf, pos, tensor.end());
            if (field.number() == TENSOR_DATA_TYPE && field.wireType() == ProtoWire.VARINT) {
                writeVarintField(out, TENSOR_DATA_TYPE, FLOAT);
            } else if (field.number() == TENSOR_RAW_DATA && isMessage(field)) {
                writeMessage(out, TENSOR_RAW_DATA, HalfFloats.rawToFloat32(buf, field.payloadStart(), field.end()));
            } else if (field.number() == TENSOR_INT32_DATA) {
                fromInt32.writeBytes(HalfFloats.int32DataToFloat32(buf, field));
            } else {
                copy(out, buf, field);
            }
            pos = field.end();
        }
        if (fromInt32.size() > 0) {
            writeMessage(out, TENSOR_RAW_DATA, fromInt32.toByteArray());
        }
        return out.toByteArray();
    }

    /** A ValueInfoProto: its tensor element type, float16 → float32. */
    private static byte[] valueInfo(byte[] buf, ProtoWire.Field valueInfo) {
        return rewriteOne(buf, valueInfo, VALUE_INFO_TYPE,
                type -> rewriteOne(buf, type, TYPE_TENSOR, tensorType -> elemType(buf, tensorType)));
    }

    private static byte[] elemType(byte[] buf, ProtoWire.Field tensorType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(tensorType.end() - tensorType.payloadStart());
        for (int pos = tensorType.payloadStart(); pos < tensorType.end(); ) {
            ProtoWire.Field field = ProtoWire.readField(buf, pos, tensorType.end());
            if (field.number() == TENSOR_TYPE_ELEM_TYPE && field.wireType() == ProtoWire.VARINT) {
                writeVarintField(out, TENSOR_TYPE_ELEM_TYPE, widened(varint(buf, field)));
            } else {
                copy(out, buf, field);
            }
            pos = field.end();
        }
        return out.toByteArray();
    }

    /** Copies a message, passing its sub-messages numbered {@code number} through {@code rewrite}. */
    private static byte[] rewriteOne(byte[] buf, ProtoWire.Field message, int number,
                                     Function<ProtoWire.Field, byte[]> rewrite) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(message.end() - message.payloadStart());
        for (int pos = message.payloadStart(); pos < message.end(); ) {
            ProtoWire.Field field = ProtoWire.readField(buf, pos, message.end());
            if (field.number() == number && isMessage(field)) {
                writeMessage(out, number, rewrite.apply(field));
            } else {
                copy(out, buf, field);
            }
            pos = field.end();
        }
        return out.toByteArray();
    }

    private static long widened(long elementType) {
        return elementType == FLOAT16 ? FLOAT : elementType;
    }

    private static String string(byte[] buf, ProtoWire.Field message, int number) {
        for (int pos = message.payloadStart(); pos < message.end(); ) {
            ProtoWire.Field field = ProtoWire.readField(buf, pos, message.end());
            if (field.number() == number && isMessage(field)) {
                return new String(buf, field.payloadStart(), field.end() - field.payloadStart(), StandardCharsets.UTF_8);
            }
            pos = field.end();
        }
        return "";
    }

    private static boolean isMessage(ProtoWire.Field field) {
        return field.wireType() == ProtoWire.LENGTH_DELIMITED;
    }

    private static long varint(byte[] buf, ProtoWire.Field field) {
        return ProtoWire.readVarint(buf, field.payloadStart(), field.end())[0];
    }

    private static byte[] slice(byte[] buf, ProtoWire.Field field) {
        byte[] payload = new byte[field.end() - field.payloadStart()];
        System.arraycopy(buf, field.payloadStart(), payload, 0, payload.length);
        return payload;
    }

    private static void copy(ByteArrayOutputStream out, byte[] buf, ProtoWire.Field field) {
        out.write(buf, field.start(), field.end() - field.start());
    }

    private static void writeMessage(ByteArrayOutputStream out, int number, byte[] payload) {
        ProtoWire.writeTag(out, number, ProtoWire.LENGTH_DELIMITED);
        ProtoWire.writeVarint(out, payload.length);
        out.writeBytes(payload);
    }

    private static void writeVarintField(ByteArrayOutputStream out, int number, long value) {
        ProtoWire.writeTag(out, number, ProtoWire.VARINT);
        ProtoWire.writeVarint(out, value);
    }
}
