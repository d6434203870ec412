package dev.cutout.engine.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** IEEE 754 half-precision values as ONNX stores them, widened exactly to float32 (little-endian raw data). */
final class HalfFloats {

    private HalfFloats() {}

    /** One half, as its 16 bits, to the float of the same value (Java 17 has no Float.float16ToFloat). */
    static float toFloat(int bits) {
        int sign = (bits & 0x8000) << 16;
        int exponent = (bits >>> 10) & 0x1f;
        int mantissa = bits & 0x3ff;
        if (exponent == 0x1f) { // infinity or NaN, payload kept
            return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
        }
        if (exponent == 0) { // zero or subnormal: mantissa × 2^-24, exact in float
            float magnitude = mantissa * 0x1p-24f;
            return sign == 0 ? magnitude : -magnitude;
        }
        return Float.intBitsToFloat(sign | ((exponent + 127 - 15) << 23) | (mantissa << 13));
    }

    /** Little-endian halves in {@code buf[start, end)} to little-endian floats. */
    static byte[] rawToFloat32(byte[] buf, int start, int end) {
        if (((end - start) & 1) != 0) {
            throw new IllegalArgumentException("float16 raw data has an odd number of bytes");
        }
        ByteBuffer out = ByteBuffer.allocate(2 * (end - start)).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = start; i < end; i += 2) {
            out.putFloat(toFloat((buf[i] & 0xff) | (buf[i + 1] & 0xff) << 8));
        }
        return out.array();
    }

    /** TensorProto.int32_data holding one half per value (packed or not) to little-endian float raw data. */
    static byte[] int32DataToFloat32(byte[] buf, ProtoWire.Field field) {
        ByteBuffer out;
        if (field.wireType() == ProtoWire.LENGTH_DELIMITED) {
            out = ByteBuffer.allocate(4 * (field.end() - field.payloadStart())).order(ByteOrder.LITTLE_ENDIAN);
            for (int pos = field.payloadStart(); pos < field.end(); ) {
                long[] value = ProtoWire.readVarint(buf, pos, field.end());
                out.putFloat(toFloat((int) value[0]));
                pos = (int) value[1];
            }
        } else {
            out = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            out.putFloat(toFloat((int) ProtoWire.readVarint(buf, field.payloadStart(), field.end())[0]));
        }
        byte[] bytes = new byte[out.position()];
        out.flip().get(bytes);
        return bytes;
    }
}
