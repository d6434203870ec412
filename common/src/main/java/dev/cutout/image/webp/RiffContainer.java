package dev.cutout.image.webp;

/** Wraps a VP8L bitstream in the RIFF "WEBP" container of a simple (non-extended) lossless file. */
final class RiffContainer {

    /**
     * Zero bytes appended to the bitstream (decoders ignore bits past the last symbol). TwelveMonkeys'
     * WebP reader (3.14), which our own decoder uses, reads 8 bytes ahead on every refill and fails on
     * small files without them.
     */
    static final int TRAILING_ZEROS = 8;

    private RiffContainer() {
    }

    static byte[] wrap(byte[] bits) {
        int length = bits.length + TRAILING_ZEROS;
        int padded = length + (length & 1);
        byte[] file = new byte[20 + padded];
        ascii(file, 0, "RIFF");
        littleEndian(file, 4, 12 + padded);
        ascii(file, 8, "WEBP");
        ascii(file, 12, "VP8L");
        littleEndian(file, 16, length);
        System.arraycopy(bits, 0, file, 20, bits.length);
        return file;
    }

    private static void ascii(byte[] to, int at, String fourCc) {
        for (int i = 0; i < 4; i++) {
            to[at + i] = (byte) fourCc.charAt(i);
        }
    }

    private static void littleEndian(byte[] to, int at, int value) {
        for (int i = 0; i < 4; i++) {
            to[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
