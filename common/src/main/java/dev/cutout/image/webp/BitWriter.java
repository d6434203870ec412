package dev.cutout.image.webp;

import java.util.Arrays;

/** Appends bit fields least-significant bit first, as the VP8L bitstream reads them. */
final class BitWriter {

    private byte[] bytes;
    private int length;
    private long pending;
    private int pendingBits;

    BitWriter(int expectedBytes) {
        bytes = new byte[Math.max(64, expectedBytes)];
    }

    /** Writes the low {@code count} (0..32) bits of {@code value}; higher bits must be zero. */
    void write(int value, int count) {
        pending |= (value & 0xFFFFFFFFL) << pendingBits;
        pendingBits += count;
        if (pendingBits >= 32) {
            ensure(4);
            bytes[length] = (byte) pending;
            bytes[length + 1] = (byte) (pending >>> 8);
            bytes[length + 2] = (byte) (pending >>> 16);
            bytes[length + 3] = (byte) (pending >>> 24);
            length += 4;
            pending >>>= 32;
            pendingBits -= 32;
        }
    }

    /** The bits written so far, the last byte zero-padded. */
    byte[] toByteArray() {
        int tail = (pendingBits + 7) / 8;
        byte[] out = Arrays.copyOf(bytes, length + tail);
        for (int i = 0; i < tail; i++) {
            out[length + i] = (byte) (pending >>> (8 * i));
        }
        return out;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
        }
    }
}
