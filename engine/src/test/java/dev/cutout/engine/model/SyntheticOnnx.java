package dev.cutout.engine.model;

/** ONNX-shaped files built field by field for tests: a graph with declared inputs, outputs and one initializer. */
final class SyntheticOnnx {

    private static final int MODEL_IR_VERSION = 1;
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_INPUT = 11;
    private static final int GRAPH_OUTPUT = 12;
    private static final int TENSOR_DIMS = 1;
    private static final int TENSOR_DATA_TYPE = 2;
    private static final int TENSOR_NAME = 8;
    private static final int TENSOR_RAW_DATA = 9;

    private final ProtoMessage graph = new ProtoMessage();

    /** A weight listed among the graph inputs too, as exports before IR version 4 do. */
    SyntheticOnnx initializer(String name, int bytes) {
        graph.message(GRAPH_INITIALIZER, new ProtoMessage().varint(TENSOR_DIMS, bytes).varint(TENSOR_DATA_TYPE, 2)
                .string(TENSOR_NAME, name).bytes(TENSOR_RAW_DATA, new byte[bytes]));
        graph.message(GRAPH_INPUT, valueInfo(name, new Object[] {(long) bytes}));
        return this;
    }

    /** Dimensions: a Long is a fixed size, a String a symbolic one. */
    SyntheticOnnx input(String name, Object... dims) {
        graph.message(GRAPH_INPUT, valueInfo(name, dims));
        return this;
    }

    SyntheticOnnx output(String name, Object... dims) {
        graph.message(GRAPH_OUTPUT, valueInfo(name, dims));
        return this;
    }

    byte[] toBytes() {
        return new ProtoMessage().varint(MODEL_IR_VERSION, 6).message(MODEL_GRAPH, graph).toBytes();
    }

    private static ProtoMessage valueInfo(String name, Object[] dims) {
        ProtoMessage shape = new ProtoMessage();
        for (Object dim : dims) {
            shape.message(1, dim instanceof Long value
                    ? new ProtoMessage().varint(1, value)
                    : new ProtoMessage().string(2, (String) dim));
        }
        ProtoMessage tensorType = new ProtoMessage().varint(1, 1).message(2, shape);
        return new ProtoMessage().string(1, name).message(2, new ProtoMessage().message(1, tensorType));
    }
}
