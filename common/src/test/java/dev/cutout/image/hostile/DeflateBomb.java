package dev.cutout.image.hostile;

import java.io.ByteArrayOutputStream;

/**
 * A hand-built zlib stream of zeros at deflate's best ratio (about 1032:1): one dynamic-Huffman block
 * whose length-258 and distance-1 codes are one bit each, so every zero byte of the body repeats the
 * last byte 4 × 258 times. Building it costs nothing; inflating it costs what it claims.
 */
final class DeflateBomb {

    private static final int MAX_MATCH = 258;
    private static final int REPEATS_PER_BODY_BYTE = 4;
    private static final int PADDING_REPEATS = 2;
    private static final int ADLER_MOD = 65521;

    private DeflateBomb() {
    }

    /** The number of zero bytes {@link #zlibZeros} of this body size inflates to. */
    static long inflatedSize(int bodyBytes) {
        return 1 + (long) MAX_MATCH * (PADDING_REPEATS + (long) REPEATS_PER_BODY_BYTE * bodyBytes);
    }

    static byte[] zlibZeros(int bodyBytes) {
        Bits bits = new Bits();
        bits.value(1, 1);  // BFINAL
        bits.value(2, 2);  // BTYPE: dynamic Huffman
        bits.value(29, 5); // HLIT: 286 literal/length codes (up to 285, length 258)
        bits.value(0, 5);  // HDIST: one distance code
        bits.value(15, 4); // HCLEN: 19 code-length code lengths
        // In the order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1 15: 18 → 1 bit, 2 → 2 bits, 1 → 2 bits.
        int[] clLengths = {0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, 0};
        for (int length : clLengths) {
            bits.value(length, 3);
        }
        // Canonical code-length codes: 18 = 0, 1 = 10, 2 = 11. Literal 0 gets 2 bits, 256 gets 2, 285 gets 1.
        bits.code(0b11, 2);                         // literal 0: length 2
        bits.code(0, 1); bits.value(138 - 11, 7);   // 138 zeros
        bits.code(0, 1); bits.value(117 - 11, 7);   // 117 zeros (literals 1..255 unused)
        bits.code(0b11, 2);                         // 256 (end of block): length 2
        bits.code(0, 1); bits.value(28 - 11, 7);    // 257..284 unused
        bits.code(0b10, 2);                         // 285 (length 258): length 1
        bits.code(0b10, 2);                         // distance code 0 (distance 1): length 1
        // Canonical literal/length codes: 285 = 0, literal 0 = 10, 256 = 11; distance 0 = 0.
        bits.code(0b10, 2); // the one literal zero that the copies repeat
        for (int i = 0; i < PADDING_REPEATS; i++) {
            bits.code(0, 2); // 285 then distance 0: two zero bits, until the body starts on a byte
        }
        if (!bits.aligned()) {
            throw new IllegalStateException("the bomb's header no longer ends on a byte");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bodyBytes + 32);
        out.write(0x78); // CMF: deflate, 32 KB window
        out.write(0x01); // FLG: (0x78 << 8 | 0x01) % 31 == 0
        out.writeBytes(bits.bytes());
        out.writeBytes(new byte[bodyBytes]); // four copies of 258 zeros per zero byte
        Bits end = new Bits();
        end.code(0b11, 2); // end of block
        end.flush();
        out.writeBytes(end.bytes());
        long n = inflatedSize(bodyBytes);
        long adler = ((n % ADLER_MOD) << 16) | 1; // every byte is 0: a stays 1, b adds 1 per byte
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (adler >>> shift) & 0xFF);
        }
        return out.toByteArray();
    }

    /** Deflate's bit order: values least significant bit first, Huffman codes most significant bit first. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int pending;
        private int count;

        void value(int value, int length) {
            for (int i = 0; i < length; i++) {
                bit((value >>> i) & 1);
            }
        }

        void code(int code, int length) {
            for (int i = length - 1; i >= 0; i--) {
                bit((code >>> i) & 1);
            }
        }

        private void bit(int bit) {
            pending |= bit << count;
            if (++count == 8) {
                out.write(pending);
                pending = 0;
                count = 0;
            }
        }

        boolean aligned() {
            return count == 0;
        }

        void flush() {
            while (count != 0) {
                bit(0);
            }
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
