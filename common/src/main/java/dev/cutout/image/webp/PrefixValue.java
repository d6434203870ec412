package dev.cutout.image.webp;

/** Splits a copy length or distance code (≥ 1) into its prefix symbol and extra bits (RFC 9649 §3.5.2.2). */
final class PrefixValue {

    private PrefixValue() {
    }

    static int symbol(int value) {
        int d = value - 1;
        if (d < 4) {
            return d;
        }
        int high = 31 - Integer.numberOfLeadingZeros(d);
        return 2 * high + ((d >>> (high - 1)) & 1);
    }

    static int extraBitCount(int value) {
        int d = value - 1;
        return d < 4 ? 0 : 30 - Integer.numberOfLeadingZeros(d);
    }

    static int extraBits(int value) {
        int d = value - 1;
        return d < 4 ? 0 : d & ((1 << (30 - Integer.numberOfLeadingZeros(d))) - 1);
    }
}
