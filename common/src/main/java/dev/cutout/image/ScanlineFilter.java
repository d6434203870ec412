package dev.cutout.image;

import java.util.Arrays;

/**
 * Filters one PNG scanline with the type that minimises the sum of absolute signed residuals.
 *
 * <p>That is libpng's heuristic; Average is left out because it rarely wins on photos and would add
 * a fifth to the costing pass. The costing pass also writes the Paeth residuals, the most expensive
 * ones and the usual winner on photos, so a second pass is only needed when another type wins. Where this row and the one above are both zero (transparent pixels) every
 * residual of every type is zero, so both passes only cover the span from the first non-zero byte
 * to one pixel past the last, and the rest of the output is zero-filled.
 */
final class ScanlineFilter {

    static final int NONE = 0;
    static final int SUB = 1;
    static final int UP = 2;
    static final int PAETH = 4;

    private ScanlineFilter() {
    }

    /**
     * Writes the filter type byte at {@code out[at]} and the {@code length} filtered bytes after it;
     * returns the type.
     *
     * @param prev the raw previous row, all zeros for the first row of the image
     */
    static int filter(byte[] row, byte[] prev, int length, int bpp, byte[] out, int at) {
        int from = ZeroSpan.firstNonZero(row, prev, length);
        int to = from == length ? length : Math.min(length, ZeroSpan.lastNonZero(row, prev, length) + 1 + bpp);
        int o = at + 1;
        int type = costWritingPaeth(row, prev, from, to, bpp, out, o);
        out[at] = (byte) type;
        Arrays.fill(out, o, o + from, (byte) 0);
        if (type != PAETH) {
            apply(type, row, prev, from, to, bpp, out, o);
        }
        Arrays.fill(out, o + to, o + length, (byte) 0);
        return type;
    }

    /**
     * Returns the cheapest type for {@code row[from, to)} and leaves its Paeth residuals in {@code out}.
     * Sums fit an int for spans up to 16 MiB; beyond that a wrapped sum costs compression, never correctness.
     */
    private static int costWritingPaeth(byte[] row, byte[] prev, int from, int to, int bpp, byte[] out, int o) {
        int none = 0;
        int sub = 0;
        int up = 0;
        int paeth = 0;
        int head = Math.max(from, Math.min(bpp, to));
        for (int i = from; i < head; i++) {
            int x = row[i];
            byte dUp = (byte) (x - prev[i]);
            none += Math.abs(x);
            sub += Math.abs(x);
            up += Math.abs(dUp);
            paeth += Math.abs(dUp); // with no left neighbour Paeth predicts from above
            out[o + i] = dUp;
        }
        for (int i = head; i < to; i++) {
            int x = row[i] & 0xFF;
            int a = row[i - bpp] & 0xFF;
            int b = prev[i] & 0xFF;
            int c = prev[i - bpp] & 0xFF;
            none += Math.abs((byte) x);
            sub += Math.abs((byte) (x - a));
            up += Math.abs((byte) (x - b));
            byte residual = (byte) (x - paeth(a, b, c));
            paeth += Math.abs(residual);
            out[o + i] = residual;
        }
        int type = NONE;
        int best = none;
        if (sub < best) {
            type = SUB;
            best = sub;
        }
        if (up < best) {
            type = UP;
            best = up;
        }
        return paeth < best ? PAETH : type;
    }

    /** Writes the None, Sub or Up residuals of {@code row[from, to)} to {@code out[o + from, o + to)}. */
    private static void apply(int type, byte[] row, byte[] prev, int from, int to, int bpp, byte[] out, int o) {
        int head = Math.max(from, Math.min(bpp, to));
        switch (type) {
            case NONE -> System.arraycopy(row, from, out, o + from, to - from);
            case SUB -> {
                System.arraycopy(row, from, out, o + from, head - from);
                for (int i = head; i < to; i++) {
                    out[o + i] = (byte) (row[i] - row[i - bpp]);
                }
            }
            case UP -> {
                for (int i = from; i < to; i++) {
                    out[o + i] = (byte) (row[i] - prev[i]);
                }
            }
            default -> throw new IllegalStateException("unknown filter type " + type);
        }
    }

    /** The PNG Paeth predictor on unsigned bytes, written with p - a = b - c etc. to save a subtraction. */
    static int paeth(int a, int b, int c) {
        int pa = Math.abs(b - c);
        int pb = Math.abs(a - c);
        int pc = Math.abs(a + b - c - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
