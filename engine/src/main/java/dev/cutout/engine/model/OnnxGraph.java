package dev.cutout.engine.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The names and declared shapes of an ONNX file's graph inputs and outputs, read from the file field by field
 * without loading its weights (a few hundred small reads for a 90 MB model), so a descriptor can be checked
 * against the graph before ONNX Runtime opens it. Inputs that are initializers (older exports list every
 * weight as an input) are left out.
 */
public record OnnxGraph(List<Value> inputs, List<Value> outputs) {

    /** A declared graph value: its name and dimensions, each a number or empty when symbolic or unknown. */
    public record Value(String name, List<Optional<Long>> dims) {

        /** Dimensions as written in messages: {@code [1, 3, 320, 320]}, a symbolic one as {@code ?}. */
        public String shape() {
            return dims.stream().map(d -> d.map(String::valueOf).orElse("?")).toList().toString();
        }
    }

    // Field numbers from onnx.proto.
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_INPUT = 11;
    private static final int GRAPH_OUTPUT = 12;
    private static final int TENSOR_NAME = 8;
    private static final int VALUE_INFO_NAME = 1;
    private static final int VALUE_INFO_TYPE = 2;
    private static final int TYPE_TENSOR = 1;
    private static final int TENSOR_TYPE_SHAPE = 2;
    private static final int SHAPE_DIM = 1;
    private static final int DIM_VALUE = 1;
    private static final int MAX_VARINT_BYTES = 10;

    public List<String> inputNames() {
        return inputs.stream().map(Value::name).toList();
    }

    public List<String> outputNames() {
        return outputs.stream().map(Value::name).toList();
    }

    public Optional<Value> input(String name) {
        return inputs.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** Reads the graph's declared inputs and outputs; throws {@link IllegalArgumentException} when it is not ONNX. */
    public static OnnxGraph read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileFields fields = new FileFields(channel);
            long size = channel.size();
            for (long pos = 0; pos < size; ) {
                FileField field = fields.read(pos, size);
                if (field.number() == MODEL_GRAPH && field.wireType() == ProtoWire.LENGTH_DELIMITED) {
                    return graph(fields, field);
                }
                pos = field.end();
            }
        }
        throw new IllegalArgumentException("not an ONNX model: no graph field");
    }

    private static OnnxGraph graph(FileFields fields, FileField graph) throws IOException {
        List<Value> inputs = new ArrayList<>();
        List<Value> outputs = new ArrayList<>();
        Set<String> initializers = new HashSet<>();
        for (long pos = graph.payloadStart(); pos < graph.end(); ) {
            FileField field = fields.read(pos, graph.end());
            if (field.wireType() == ProtoWire.LENGTH_DELIMITED) {
                switch (field.number()) {
                    case GRAPH_INPUT -> inputs.add(value(fields.bytes(field)));
                    case GRAPH_OUTPUT -> outputs.add(value(fields.bytes(field)));
                    case GRAPH_INITIALIZER -> initializerName(fields, field).ifPresent(initializers::add);
                    default -> { }
                }
            }
            pos = field.end();
        }
        inputs.removeIf(v -> initializers.contains(v.name()));
        return new OnnxGraph(List.copyOf(inputs), List.copyOf(outputs));
    }

    /** A TensorProto's name, skipping over its (possibly large) data without reading it. */
    private static Optional<String> initializerName(FileFields fields, FileField tensor) throws IOException {
        for (long pos = tensor.payloadStart(); pos < tensor.end(); ) {
            FileField field = fields.read(pos, tensor.end());
            if (field.number() == TENSOR_NAME && field.wireType() == ProtoWire.LENGTH_DELIMITED) {
                return Optional.of(new String(fields.bytes(field), StandardCharsets.UTF_8));
            }
            pos = field.end();
        }
        return Optional.empty();
    }

    /** A ValueInfoProto held in memory: name and tensor shape. */
    private static Value value(byte[] buf) {
        String name = "";
        List<Optional<Long>> dims = List.of();
        for (int pos = 0; pos < buf.length; ) {
            ProtoWire.Field field = ProtoWire.readField(buf, pos, buf.length);
            if (field.wireType() == ProtoWire.LENGTH_DELIMITED) {
                if (field.number() == VALUE_INFO_NAME) {
                    name = new String(buf, field.payloadStart(), field.end() - field.payloadStart(), StandardCharsets.UTF_8);
                } else if (field.number() == VALUE_INFO_TYPE) {
                    dims = dims(buf, field);
                }
            }
            pos = field.end();
        }
        return new Value(name, dims);
    }

    private static List<Optional<Long>> dims(byte[] buf, ProtoWire.Field type) {
        List<Optional<Long>> dims = new ArrayList<>();
        ProtoWire.Field tensor = sub(buf, type, TYPE_TENSOR);
        ProtoWire.Field shape = tensor == null ? null : sub(buf, tensor, TENSOR_TYPE_SHAPE);
        if (shape == null) {
            return dims;
        }
        for (int pos = shape.payloadStart(); pos < shape.end(); ) {
            ProtoWire.Field dim = ProtoWire.readField(buf, pos, shape.end());
            if (dim.number() == SHAPE_DIM && dim.wireType() == ProtoWire.LENGTH_DELIMITED) {
                Optional<Long> value = Optional.empty();
                for (int p = dim.payloadStart(); p < dim.end(); ) {
                    ProtoWire.Field f = ProtoWire.readField(buf, p, dim.end());
                    if (f.number() == DIM_VALUE && f.wireType() == ProtoWire.VARINT) {
                        value = Optional.of(ProtoWire.readVarint(buf, f.payloadStart(), f.end())[0]);
                    }
                    p = f.end();
                }
                dims.add(value);
            }
            pos = dim.end();
        }
        return dims;
    }

    private static ProtoWire.Field sub(byte[] buf, ProtoWire.Field message, int number) {
        for (int pos = message.payloadStart(); pos < message.end(); ) {
            ProtoWire.Field field = ProtoWire.readField(buf, pos, message.end());
            if (field.number() == number && field.wireType() == ProtoWire.LENGTH_DELIMITED) {
                return field;
            }
            pos = field.end();
        }
        return null;
    }

    /** One field of a message in the file, positions as file offsets. */
    private record FileField(int number, int wireType, long payloadStart, long end) {}

    /** Reads field headers at file offsets, a few bytes at a time, so payloads are skipped, never read. */
    private static final class FileFields {

        private final FileChannel channel;
        private final ByteBuffer head = ByteBuffer.allocate(2 * MAX_VARINT_BYTES);

        FileFields(FileChannel channel) {
            this.channel = channel;
        }

        FileField read(long pos, long limit) throws IOException {
            head.clear();
            head.limit((int) Math.min(head.capacity(), limit - pos));
            while (head.hasRemaining() && channel.read(head, pos + head.position()) > 0) {
                // fill what the message bounds allow
            }
            byte[] buf = new byte[head.position()];
            head.flip();
            head.get(buf);
            long[] tag = ProtoWire.readVarint(buf, 0, buf.length);
            int number = (int) (tag[0] >>> 3);
            int wireType = (int) (tag[0] & 7);
            int after = (int) tag[1];
            long end = switch (wireType) {
                case ProtoWire.VARINT -> pos + ProtoWire.readVarint(buf, after, buf.length)[1];
                case ProtoWire.FIXED64 -> pos + after + 8;
                case ProtoWire.FIXED32 -> pos + after + 4;
                case ProtoWire.LENGTH_DELIMITED -> {
                    long[] length = ProtoWire.readVarint(buf, after, buf.length);
                    after = (int) length[1];
                    yield pos + after + length[0];
                }
                default -> throw new IllegalArgumentException("unsupported protobuf wire type " + wireType + " at byte " + pos);
            };
            if (end > limit) {
                throw new IllegalArgumentException("field runs past its message (" + end + " > " + limit + ")");
            }
            return new FileField(number, wireType, pos + after, end);
        }

        byte[] bytes(FileField field) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(field.end() - field.payloadStart()));
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, field.payloadStart() + buffer.position()) < 0) {
                    throw new IOException("file ends inside a field");
                }
            }
            return buffer.array();
        }
    }
}
