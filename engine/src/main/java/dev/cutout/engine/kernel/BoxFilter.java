package dev.cutout.engine.kernel;

/**
 * Mean over a rectangular window of a float map in O(pixels) with running sums, independent of
 * the window size. The window of pixel {@code x} is {@code [x - before, x + after]}, truncated at the
 * image edges and averaged over the pixels that remain (like the guided filter's reference code).
 */
public final class BoxFilter {

    private BoxFilter() {
    }

    /** Window of radius {@code r}: {@code 2r+1} pixels centred on the pixel. */
    public static void meanRadius(float[] src, int w, int h, int r, float[] tmp, float[] dst) {
        mean(src, w, h, r, r, tmp, dst);
    }

    /** Window of {@code k} pixels anchored like OpenCV's {@code blur(x, (k, k))}. */
    public static void meanKernel(float[] src, int w, int h, int k, float[] tmp, float[] dst) {
        mean(src, w, h, k / 2, k - 1 - k / 2, tmp, dst);
    }

    /** {@code tmp} and {@code dst} are {@code w*h}; {@code dst} may not alias {@code src}. */
    public static void mean(float[] src, int w, int h, int before, int after, float[] tmp, float[] dst) {
        if (before == 1 && after == 1 && w >= 2 && h >= 2) {
            meanThreeByThree(src, w, h, tmp, dst);
            return;
        }
        Parallel.forRanges(h, w, (y0, y1) -> {
            for (int y = y0; y < y1; y++) {
                horizontalSums(src, y * w, w, before, after, tmp);
            }
        });
        float[] invCountX = inverseCounts(w, before, after);
        float[] invCountY = inverseCounts(h, before, after);
        Parallel.forRanges(w, h, (x0, x1) -> verticalMeans(tmp, w, h, x0, x1, before, after,
                invCountX, invCountY, dst));
    }

    /**
     * The guided filter's default window: direct 3-tap sums, which the JIT vectorises, instead of
     * running sums whose serial dependency dominates at this size.
     */
    private static void meanThreeByThree(float[] src, int w, int h, float[] tmp, float[] dst) {
        Parallel.forRanges(h, w, (y0, y1) -> {
            for (int y = y0; y < y1; y++) {
                int off = y * w;
                tmp[off] = (src[off] + src[off + 1]) * 0.5f;
                for (int x = 1; x < w - 1; x++) {
                    tmp[off + x] = (src[off + x - 1] + src[off + x] + src[off + x + 1]) * (1f / 3f);
                }
                tmp[off + w - 1] = (src[off + w - 2] + src[off + w - 1]) * 0.5f;
            }
        });
        Parallel.forRanges(h, w, (y0, y1) -> {
            for (int y = y0; y < y1; y++) {
                int mid = y * w;
                if (y == 0 || y == h - 1) { // truncated window: mean of the two rows that exist
                    int other = y == 0 ? mid + w : mid - w;
                    for (int x = 0; x < w; x++) {
                        dst[mid + x] = (tmp[mid + x] + tmp[other + x]) * 0.5f;
                    }
                } else {
                    int up = mid - w;
                    int down = mid + w;
                    for (int x = 0; x < w; x++) {
                        dst[mid + x] = (tmp[up + x] + tmp[mid + x] + tmp[down + x]) * (1f / 3f);
                    }
                }
            }
        });
    }

    private static void horizontalSums(float[] src, int off, int w, int before, int after, float[] out) {
        double sum = 0;
        for (int x = 0; x <= Math.min(after, w - 1); x++) {
            sum += src[off + x];
        }
        for (int x = 0; x < w; x++) {
            out[off + x] = (float) sum;
            int add = x + after + 1;
            int drop = x - before;
            if (add < w) {
                sum += src[off + add];
            }
            if (drop >= 0) {
                sum -= src[off + drop];
            }
        }
    }

    /** Columns {@code [x0, x1)}, walked row by row so memory is read in order. */
    private static void verticalMeans(float[] sums, int w, int h, int x0, int x1, int before, int after,
                                      float[] invCountX, float[] invCountY, float[] dst) {
        int span = x1 - x0;
        double[] col = new double[span];
        for (int y = 0; y <= Math.min(after, h - 1); y++) {
            int off = y * w + x0;
            for (int i = 0; i < span; i++) {
                col[i] += sums[off + i];
            }
        }
        for (int y = 0; y < h; y++) {
            int off = y * w + x0;
            float iy = invCountY[y];
            for (int i = 0; i < span; i++) {
                dst[off + i] = (float) (col[i] * (iy * invCountX[x0 + i]));
            }
            int add = y + after + 1;
            int drop = y - before;
            if (add < h) {
                int a = add * w + x0;
                for (int i = 0; i < span; i++) {
                    col[i] += sums[a + i];
                }
            }
            if (drop >= 0) {
                int d = drop * w + x0;
                for (int i = 0; i < span; i++) {
                    col[i] -= sums[d + i];
                }
            }
        }
    }

    private static float[] inverseCounts(int n, int before, int after) {
        float[] inv = new float[n];
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - before);
            int hi = Math.min(n - 1, i + after);
            inv[i] = 1f / (hi - lo + 1);
        }
        return inv;
    }
}
