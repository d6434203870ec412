package dev.cutout.engine.kernel;

/**
 * Weight table of a separable resampling along one axis, for any scale and sub-pixel offset: when
 * shrinking by {@code s} the kernel is stretched by {@code 1/s} so every source pixel contributes
 * (no aliasing); when enlarging it is the plain kernel. Edge coordinates: source pixel {@code i}
 * spans {@code [i, i+1)}, destination pixel {@code d} spans source
 * {@code [origin + d/scale, origin + (d+1)/scale)}. A destination pixel whose centre lies outside
 * the source has no taps (the caller makes it transparent); one inside reads only source pixels,
 * with the window truncated at the source's edge and renormalised, so a subject cut by the photo's
 * frame keeps a hard edge there instead of fading.
 */
public final class KernelAxis {

    /** Weights below this total mean a degenerate window; the nearest pixel is used instead. */
    private static final double MIN_TOTAL = 1e-9;

    /** Destination length. */
    public final int dstLen;
    /** Taps per destination pixel (the table stride). */
    public final int taps;
    /** First source index of each destination pixel. */
    public final int[] start;
    /** Number of used taps of each destination pixel; 0 where its centre is outside the source. */
    public final int[] count;
    /** {@code weights[d * taps + k]} multiplies source {@code start[d] + k}; each used row sums to 1. */
    public final float[] weights;

    private KernelAxis(int dstLen, int taps, int[] start, int[] count, float[] weights) {
        this.dstLen = dstLen;
        this.taps = taps;
        this.start = start;
        this.count = count;
        this.weights = weights;
    }

    /**
     * @param origin source coordinate of the destination's left (top) edge
     * @param scale  destination pixels per source pixel, {@code > 0}
     */
    public static KernelAxis of(ResampleKernel kernel, int srcLen, int dstLen, double origin, double scale) {
        if (srcLen <= 0 || dstLen <= 0 || !(scale > 0) || Double.isInfinite(scale) || !Double.isFinite(origin)) {
            throw new IllegalArgumentException("bad axis: " + srcLen + " -> " + dstLen + " at scale " + scale
                    + ", origin " + origin);
        }
        double filterScale = Math.max(1.0 / scale, 1.0);
        double support = kernel.support() * filterScale;
        int taps = (int) Math.ceil(2 * support) + 1;
        int[] start = new int[dstLen];
        int[] count = new int[dstLen];
        float[] weights = new float[dstLen * taps];
        double[] w = new double[taps];
        for (int d = 0; d < dstLen; d++) {
            double centre = origin + (d + 0.5) / scale;
            if (centre < 0 || centre >= srcLen) {
                continue;
            }
            // Source pixel s has its centre at s + 0.5 and contributes while |s + 0.5 - centre| < support.
            int lo = Math.max(0, (int) Math.ceil(centre - support - 0.5));
            int hi = Math.min(srcLen, (int) Math.floor(centre + support - 0.5) + 1);
            int n = Math.min(hi - lo, taps);
            double total = 0;
            for (int k = 0; k < n; k++) {
                w[k] = kernel.weight((lo + k + 0.5 - centre) / filterScale);
                total += w[k];
            }
            if (total < MIN_TOTAL) {
                lo = Math.min(srcLen - 1, (int) centre);
                n = 1;
                w[0] = 1;
                total = 1;
            }
            for (int k = 0; k < n; k++) {
                weights[d * taps + k] = (float) (w[k] / total);
            }
            start[d] = lo;
            count[d] = n;
        }
        return new KernelAxis(dstLen, taps, start, count, weights);
    }

    /** Lowest source index any destination pixel in {@code [from, to)} reads; {@code Integer.MAX_VALUE} if none. */
    public int sourceStart(int from, int to) {
        int lo = Integer.MAX_VALUE;
        for (int d = from; d < to; d++) {
            if (count[d] > 0) {
                lo = Math.min(lo, start[d]);
            }
        }
        return lo;
    }

    /** One past the highest source index any destination pixel in {@code [from, to)} reads; 0 if none. */
    public int sourceEnd(int from, int to) {
        int end = 0;
        for (int d = from; d < to; d++) {
            if (count[d] > 0) {
                end = Math.max(end, start[d] + count[d]);
            }
        }
        return end;
    }
}
