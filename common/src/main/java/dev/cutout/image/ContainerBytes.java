package dev.cutout.image;

/** Unsigned integers read from a container's bytes (JPEG segments, PNG chunks, RIFF chunks). */
final class ContainerBytes {

    private ContainerBytes() {
    }

    static int u16be(byte[] b, int p) {
        return ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF);
    }

    static long u32be(byte[] b, int p) {
        return ((b[p] & 0xFFL) << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
    }

    static long u32le(byte[] b, int p) {
        return ((b[p + 3] & 0xFFL) << 24) | ((b[p + 2] & 0xFF) << 16) | ((b[p + 1] & 0xFF) << 8) | (b[p] & 0xFF);
    }
}
