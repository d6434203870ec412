package dev.cutout.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A float16 graph shaped like ISNet's export (cast in, float16 weights, cast out), run in ONNX Runtime before and after widening. */
class HalfPrecisionWidenerTest {

    private static final int FLOAT = 1;
    private static final int FLOAT16 = 10;
    private static final float[] INPUT = {1, 2, 3, 4};
    /** 1.5, -2, the smallest subnormal half, the largest half. */
    private static final short[] WEIGHTS = {0x3e00, (short) 0xc000, 0x0001, 0x7bff};

    @Test
    void runsTheSameGraphInFloat32() throws OrtException {
        byte[] half = model(rawHalfWeights());

        byte[] widened = HalfPrecisionWidener.toFloat32(half);

        assertThat(run(widened)).as("every weight exact, every sum in float32").containsExactly(2.5f, 0f, 3f, 65508f);
        assertThat(run(widened)).as("the CPU provider already ran the float16 Add in float32").isEqualTo(run(half));
    }

    @Test
    void declaresNoFloat16AnywhereAfterwards() {
        byte[] half = model(rawHalfWeights());

        assertThat(float16Declarations(half)).as("weights, two value infos, one cast").isEqualTo(4);
        assertThat(float16Declarations(HalfPrecisionWidener.toFloat32(half))).isZero();
    }

    @Test
    void widensWeightsStoredOneHalfPerInt32() throws OrtException {
        assertThat(run(HalfPrecisionWidener.toFloat32(model(int32HalfWeights())))).containsExactly(2.5f, 0f, 3f, 65508f);
    }

    @Test
    void leavesAModelWithoutFloat16Unchanged() {
        byte[] widened = HalfPrecisionWidener.toFloat32(model(rawHalfWeights()));

        assertThat(HalfPrecisionWidener.toFloat32(widened)).isEqualTo(widened);
    }

    @Test
    void refusesBytesThatAreNotAModel() {
        assertThatThrownBy(() -> HalfPrecisionWidener.toFloat32(new byte[] {0x08, 0x01}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no graph");
    }

    /** Initializers, value infos and Cast targets of the graph that say float16. */
    private static int float16Declarations(byte[] model) {
        int count = 0;
        for (ProtoWire.Field graph : children(model, 0, model.length, 7)) {
            for (ProtoWire.Field tensor : children(model, graph.payloadStart(), graph.end(), 5)) {
                count += varints(model, tensor, 2, FLOAT16);
            }
            for (ProtoWire.Field info : children(model, graph.payloadStart(), graph.end(), 13)) {
                for (ProtoWire.Field type : children(model, info.payloadStart(), info.end(), 2)) {
                    for (ProtoWire.Field tensorType : children(model, type.payloadStart(), type.end(), 1)) {
                        count += varints(model, tensorType, 1, FLOAT16);
                    }
                }
            }
            for (ProtoWire.Field node : children(model, graph.payloadStart(), graph.end(), 1)) {
                for (ProtoWire.Field attribute : children(model, node.payloadStart(), node.end(), 5)) {
                    count += varints(model, attribute, 3, FLOAT16);
                }
            }
        }
        return count;
    }

    private static List<ProtoWire.Field> children(byte[] buf, int start, int end, int number) {
        List<ProtoWire.Field> found = new ArrayList<>();
        for (int pos = start; pos < end; ) {
            ProtoWire.Field field = ProtoWire.readField(buf, pos, end);
            if (field.number() == number && field.wireType() == ProtoWire.LENGTH_DELIMITED) {
                found.add(field);
            }
            pos = field.end();
        }
        return found;
    }

    private static int varints(byte[] buf, ProtoWire.Field message, int number, long value) {
        int count = 0;
        for (int pos = message.payloadStart(); pos < message.end(); ) {
            ProtoWire.Field field = ProtoWire.readField(buf, pos, message.end());
            if (field.number() == number && field.wireType() == ProtoWire.VARINT
                    && ProtoWire.readVarint(buf, field.payloadStart(), field.end())[0] == value) {
                count++;
            }
            pos = field.end();
        }
        return count;
    }

    private static float[] run(byte[] model) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(model, new OrtSession.SessionOptions());
             OnnxTensor x = OnnxTensor.createTensor(env, FloatBuffer.wrap(INPUT), new long[] {4});
             OrtSession.Result result = session.run(Map.of("x", x))) {
            return ((float[]) result.get(0).getValue());
        }
    }

    private static byte[] model(ProtoMessage weights) {
        ProtoMessage graph = new ProtoMessage()
                .message(1, node("Cast", "x", "xh", FLOAT16))
                .message(1, new ProtoMessage().string(1, "xh").string(1, "w").string(2, "yh").string(4, "Add"))
                .message(1, node("Cast", "yh", "y", FLOAT))
                .string(2, "tiny")
                .message(5, weights)
                .message(11, valueInfo("x", FLOAT))
                .message(12, valueInfo("y", FLOAT))
                .message(13, valueInfo("xh", FLOAT16))
                .message(13, valueInfo("yh", FLOAT16));
        return new ProtoMessage()
                .varint(1, 8)
                .message(8, new ProtoMessage().string(1, "").varint(2, 17))
                .message(7, graph)
                .toBytes();
    }

    private static ProtoMessage node(String op, String input, String output, int to) {
        ProtoMessage attribute = new ProtoMessage().string(1, "to").varint(3, to).varint(20, 2);
        return new ProtoMessage().string(1, input).string(2, output).string(4, op).message(5, attribute);
    }

    private static ProtoMessage valueInfo(String name, int elementType) {
        ProtoMessage shape = new ProtoMessage().message(1, new ProtoMessage().varint(1, 4));
        ProtoMessage tensorType = new ProtoMessage().varint(1, elementType).message(2, shape);
        return new ProtoMessage().string(1, name).message(2, new ProtoMessage().message(1, tensorType));
    }

    private static ProtoMessage rawHalfWeights() {
        ByteBuffer raw = ByteBuffer.allocate(2 * WEIGHTS.length).order(ByteOrder.LITTLE_ENDIAN);
        for (short half : WEIGHTS) {
            raw.putShort(half);
        }
        return new ProtoMessage().varint(1, 4).varint(2, FLOAT16).string(8, "w").bytes(9, raw.array());
    }

    /** The same weights as int32_data, one unpacked field per value. */
    private static ProtoMessage int32HalfWeights() {
        ProtoMessage tensor = new ProtoMessage().varint(1, 4).varint(2, FLOAT16).string(8, "w");
        for (short half : WEIGHTS) {
            tensor.varint(5, half & 0xffff);
        }
        return tensor;
    }
}
