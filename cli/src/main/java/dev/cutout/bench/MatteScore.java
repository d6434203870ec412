package dev.cutout.bench;

/**
 * Scores a predicted alpha against the exact ground truth as {@code shared/eval/README.md} defines it:
 * mean absolute error (0..1), IoU at alpha 0.5, and the mean absolute error inside the boundary band;
 * plus the share of the subject kept ({@code Σ min(predicted, truth) / Σ truth}).
 */
public record MatteScore(double mae, double iou, double bandMae, double kept) {

    /** Below this IoU, or with less than this share of the subject kept, a cut-out is a gross failure. */
    public static final double GROSS = 0.5;

    /** IoU under one half, or less than half the subject kept: the photo is unusable as it came out. */
    public boolean gross() {
        return iou < GROSS || kept < GROSS;
    }

    /** Pixels within this many pixels of the foreground edge belong to the boundary band. */
    public static final int BAND_RADIUS = 5;

    /** Scores {@code predicted} against {@code truth}; both are 8-bit alpha of {@code width × height}. O(pixels). */
    public static MatteScore of(byte[] predicted, byte[] truth, int width, int height) {
        if (predicted.length != truth.length || truth.length != width * height) {
            throw new IllegalArgumentException("alpha arrays must both be " + width + "x" + height);
        }
        boolean[] band = boundaryBand(truth, width, height);
        double absSum = 0;
        double bandSum = 0;
        long bandCount = 0;
        long intersection = 0;
        long union = 0;
        long truthSum = 0;
        long keptSum = 0;
        for (int i = 0; i < truth.length; i++) {
            int p = predicted[i] & 0xFF;
            int t = truth[i] & 0xFF;
            truthSum += t;
            keptSum += Math.min(p, t);
            int diff = Math.abs(p - t);
            absSum += diff;
            if (band[i]) {
                bandSum += diff;
                bandCount++;
            }
            boolean pf = p >= 128;
            boolean tf = t >= 128;
            if (pf && tf) {
                intersection++;
            }
            if (pf || tf) {
                union++;
            }
        }
        return new MatteScore(absSum / 255.0 / truth.length,
                union == 0 ? 1.0 : (double) intersection / union,
                bandCount == 0 ? 0.0 : bandSum / 255.0 / bandCount,
                truthSum == 0 ? 1.0 : (double) keptSum / truthSum);
    }

    /** Soft pixels of the truth, plus everything within {@link #BAND_RADIUS} of its 0.5 contour. */
    static boolean[] boundaryBand(byte[] truth, int width, int height) {
        // Edge pixels: foreground pixels with a background 4-neighbour.
        int[] edge = new int[truth.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if ((truth[i] & 0xFF) < 128) {
                    continue;
                }
                boolean touches = (x > 0 && (truth[i - 1] & 0xFF) < 128)
                        || (x < width - 1 && (truth[i + 1] & 0xFF) < 128)
                        || (y > 0 && (truth[i - width] & 0xFF) < 128)
                        || (y < height - 1 && (truth[i + width] & 0xFF) < 128);
                edge[i] = touches ? 1 : 0;
            }
        }
        int[] near = squareWindowSum(edge, width, height, BAND_RADIUS);
        boolean[] band = new boolean[truth.length];
        for (int i = 0; i < truth.length; i++) {
            int t = truth[i] & 0xFF;
            band[i] = (t > 0 && t < 255) || near[i] > 0;
        }
        return band;
    }

    /** Sum over the (2r+1)² window around each pixel, clipped at the borders; running sums, O(pixels). */
    private static int[] squareWindowSum(int[] values, int width, int height, int r) {
        int[] rows = new int[values.length];
        for (int y = 0; y < height; y++) {
            int base = y * width;
            int sum = 0;
            for (int x = 0; x <= Math.min(r, width - 1); x++) {
                sum += values[base + x];
            }
            for (int x = 0; x < width; x++) {
                rows[base + x] = sum;
                int add = x + r + 1;
                int drop = x - r;
                if (add < width) {
                    sum += values[base + add];
                }
                if (drop >= 0) {
                    sum -= values[base + drop];
                }
            }
        }
        int[] out = new int[values.length];
        for (int x = 0; x < width; x++) {
            int sum = 0;
            for (int y = 0; y <= Math.min(r, height - 1); y++) {
                sum += rows[y * width + x];
            }
            for (int y = 0; y < height; y++) {
                out[y * width + x] = sum;
                int add = y + r + 1;
                int drop = y - r;
                if (add < height) {
                    sum += rows[add * width + x];
                }
                if (drop >= 0) {
                    sum -= rows[drop * width + x];
                }
            }
        }
        return out;
    }
}
