package dev.cutout.image.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** Damage done to valid files: cuts, bit flips and patched fields, all deterministic. */
final class Mutations {

    private Mutations() {
    }

    static byte[] truncate(byte[] bytes, int keep) {
        return Arrays.copyOf(bytes, Math.min(keep, bytes.length));
    }

    /** {@code flips} random bits flipped past {@code from} (so the magic bytes survive), seeded. */
    static byte[] flipBits(byte[] bytes, int from, int flips, long seed) {
        byte[] out = bytes.clone();
        Random random = new Random(seed);
        for (int i = 0; i < flips; i++) {
            int at = from + random.nextInt(out.length - from);
            out[at] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    static byte[] putU16be(byte[] bytes, int at, int value) {
        byte[] out = bytes.clone();
        out[at] = (byte) (value >>> 8);
        out[at + 1] = (byte) value;
        return out;
    }

    static byte[] putU32be(byte[] bytes, int at, long value) {
        byte[] out = bytes.clone();
        for (int i = 0; i < 4; i++) {
            out[at + i] = (byte) (value >>> (24 - 8 * i));
        }
        return out;
    }

    static byte[] putU32le(byte[] bytes, int at, long value) {
        byte[] out = bytes.clone();
        for (int i = 0; i < 4; i++) {
            out[at + i] = (byte) (value >>> (8 * i));
        }
        return out;
    }

    /** The first offset of {@code ascii} in {@code bytes}, or an assertion error naming what was missing. */
    static int indexOf(byte[] bytes, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.ISO_8859_1);
        return indexOf(bytes, needle, 0);
    }

    static int indexOf(byte[] bytes, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("marker not found: " + new String(needle, StandardCharsets.ISO_8859_1));
    }
}
