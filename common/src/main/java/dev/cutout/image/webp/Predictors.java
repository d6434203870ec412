package dev.cutout.image.webp;

/** The 14 VP8L spatial predictors (RFC 9649 §4.1) on packed ARGB, per channel. */
final class Predictors {

    static final int MODES = 14;
    static final int BLACK = 0xFF000000;

    private Predictors() {
    }

    /** Prediction of mode {@code mode} from the left, top, top-left and top-right pixels. */
    static int predict(int mode, int l, int t, int tl, int tr) {
        return switch (mode) {
            case 0 -> BLACK;
            case 1 -> l;
            case 2 -> t;
            case 3 -> tr;
            case 4 -> tl;
            case 5 -> average(average(l, tr), t);
            case 6 -> average(l, tl);
            case 7 -> average(l, t);
            case 8 -> average(tl, t);
            case 9 -> average(t, tr);
            case 10 -> average(average(l, tl), average(t, tr));
            case 11 -> select(l, t, tl);
            case 12 -> clampAddSubtractFull(l, t, tl);
            case 13 -> clampAddSubtractHalf(average(l, t), tl);
            default -> throw new IllegalArgumentException("no predictor mode " + mode);
        };
    }

    /** Per-channel (a - b) mod 256. */
    static int subtract(int a, int b) {
        int alphaGreen = 0x00FF00FF + (a & 0xFF00FF00) - (b & 0xFF00FF00);
        int redBlue = 0xFF00FF00 + (a & 0x00FF00FF) - (b & 0x00FF00FF);
        return (alphaGreen & 0xFF00FF00) | (redBlue & 0x00FF00FF);
    }

    /** Per-channel floor((a + b) / 2). */
    static int average(int a, int b) {
        return (((a ^ b) & 0xFEFEFEFE) >>> 1) + (a & b);
    }

    private static int select(int l, int t, int tl) {
        int towardsLeft = distance(t, tl);
        int towardsTop = distance(l, tl);
        return towardsLeft < towardsTop ? l : t;
    }

    private static int distance(int a, int b) {
        return Math.abs((a >>> 24) - (b >>> 24)) + Math.abs(((a >>> 16) & 0xFF) - ((b >>> 16) & 0xFF))
                + Math.abs(((a >>> 8) & 0xFF) - ((b >>> 8) & 0xFF)) + Math.abs((a & 0xFF) - (b & 0xFF));
    }

    private static int clampAddSubtractFull(int a, int b, int c) {
        int out = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            int v = ((a >>> shift) & 0xFF) + ((b >>> shift) & 0xFF) - ((c >>> shift) & 0xFF);
            out |= clamp(v) << shift;
        }
        return out;
    }

    private static int clampAddSubtractHalf(int a, int b) {
        int out = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            int x = (a >>> shift) & 0xFF;
            int v = x + (x - ((b >>> shift) & 0xFF)) / 2;
            out |= clamp(v) << shift;
        }
        return out;
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }
}
