package dev.cutout.engine.kernel;

/**
 * Weight table of an antialiased triangle (bilinear) resize along one axis, as Pillow builds it:
 * when shrinking by {@code s} the triangle is stretched to a support of {@code s} source pixels, so
 * every source pixel contributes and stripes finer than the target grid average out instead of
 * aliasing; when enlarging it is plain bilinear. Centres follow {@link PixelCentres}; the window is
 * truncated at the edges and renormalised, which for enlarging equals clamping to the edge pixel.
 */
public final class ResizeAxis {

    /** Taps per destination pixel (the table stride). */
    public final int taps;
    /** First source index of each destination pixel. */
    public final int[] start;
    /** Number of used taps of each destination pixel. */
    public final int[] count;
    /** {@code weights[d * taps + k]} multiplies source {@code start[d] + k}; each row sums to 1. */
    public final float[] weights;

    private ResizeAxis(int taps, int[] start, int[] count, float[] weights) {
        this.taps = taps;
        this.start = start;
        this.count = count;
        this.weights = weights;
    }

    public static ResizeAxis triangle(int srcLen, int dstLen) {
        double scale = (double) srcLen / dstLen;
        double filterScale = Math.max(scale, 1.0);
        double support = filterScale; // the triangle's support is 1 at unit scale
        int taps = (int) Math.ceil(support) * 2 + 1;
        int[] start = new int[dstLen];
        int[] count = new int[dstLen];
        float[] weights = new float[dstLen * taps];
        for (int d = 0; d < dstLen; d++) {
            // In edge coordinates (pixel s spans [s, s+1)), hence the + 0.5.
            double centre = PixelCentres.sourceCentre(d, scale) + 0.5;
            int lo = Math.max(0, (int) Math.floor(centre - support + 0.5));
            int hi = Math.min(srcLen, (int) Math.floor(centre + support + 0.5));
            double total = 0;
            int n = 0;
            for (int s = lo; s < hi && n < taps; s++, n++) {
                double w = Math.max(0.0, 1.0 - Math.abs((s + 0.5 - centre) / filterScale));
                weights[d * taps + n] = (float) w;
                total += w;
            }
            if (total <= 0) { // cannot happen for sane sizes; keep the nearest pixel rather than NaN
                weights[d * taps] = 1f;
                n = 1;
                lo = Math.min(srcLen - 1, (int) centre);
                total = 1;
            }
            for (int k = 0; k < n; k++) {
                weights[d * taps + k] /= (float) total;
            }
            start[d] = lo;
            count[d] = n;
        }
        return new ResizeAxis(taps, start, count, weights);
    }

    /** One past the last source index any of the destination pixels {@code [from, to)} reads. */
    public int sourceEnd(int from, int to) {
        int end = 0;
        for (int d = from; d < to; d++) {
            end = Math.max(end, start[d] + count[d]);
        }
        return end;
    }
}
