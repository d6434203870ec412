package dev.cutout.engine.model;

import java.io.ByteArrayOutputStream;

/**
 * The few pieces of the protobuf wire format needed to walk an ONNX file field by field without a
 * protobuf dependency: reading tags and varints, skipping values, writing varints.
 */
final class ProtoWire {

    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private ProtoWire() {}

    /** One field of a message: its number, wire type and where its payload lies in the buffer. */
    record Field(int number, int wireType, int start, int payloadStart, int end) {}

    /** Reads the field starting at {@code pos}; {@code end} bounds the enclosing message. */
    static Field readField(byte[] buf, int pos, int end) {
        long[] tag = readVarint(buf, pos, end);
        int number = (int) (tag[0] >>> 3);
        int wireType = (int) (tag[0] & 7);
        int after = (int) tag[1];
        return switch (wireType) {
            case VARINT -> new Field(number, wireType, pos, after, (int) readVarint(buf, after, end)[1]);
            case FIXED64 -> new Field(number, wireType, pos, after, checked(after + 8, end));
            case FIXED32 -> new Field(number, wireType, pos, after, checked(after + 4, end));
            case LENGTH_DELIMITED -> {
                long[] length = readVarint(buf, after, end);
                int payloadStart = (int) length[1];
                yield new Field(number, wireType, pos, payloadStart, checked(payloadStart + length[0], end));
            }
            default -> throw new IllegalArgumentException(
                    "unsupported protobuf wire type " + wireType + " at byte " + pos);
        };
    }

    /** Returns {value, position after the varint}. */
    static long[] readVarint(byte[] buf, int pos, int end) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= end) {
                throw new IllegalArgumentException("truncated varint at byte " + pos);
            }
            byte b = buf[pos++];
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return new long[] {value, pos};
            }
        }
        throw new IllegalArgumentException("varint longer than 10 bytes at byte " + pos);
    }

    static void writeVarint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7fL) != 0) {
            out.write((int) ((value & 0x7f) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    static void writeTag(ByteArrayOutputStream out, int number, int wireType) {
        writeVarint(out, ((long) number << 3) | wireType);
    }

    private static int checked(long fieldEnd, int end) {
        if (fieldEnd > end) {
            throw new IllegalArgumentException("field runs past its message (" + fieldEnd + " > " + end + ")");
        }
        return (int) fieldEnd;
    }
}
