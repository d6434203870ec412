package dev.cutout.engine.pipeline.compose;

import dev.cutout.engine.kernel.BoxFilter;
import dev.cutout.engine.kernel.Parallel;
import dev.cutout.engine.kernel.PixelCentres;
import dev.cutout.image.RgbaImage;

/**
 * The first, wide stage of blur fusion (window ~90 px) on a reduced grid: the image is
 * area-averaged by an integer factor so the long side is about {@code targetLongSide}, the box
 * window shrinks by the same factor, and the two blurred colours it yields (the local foreground
 * mean {@code bF} and background mean {@code bB}) are read back bilinearly at full resolution.
 * A 90-px box is a heavy low-pass, so this loses nothing visible and costs one pass over the photo.
 */
public final class BlurFusionCoarse {

    /** Keeps the blurred means finite where one side is absent (as in Forte &amp; Pitié's code). */
    static final float EPS = 1e-5f;
    private static final float INV_255 = 1f / 255f;

    final int factor;
    final int width;
    final int height;
    /** Planar bF (r, g, b) then bB (r, g, b), each {@code width * height}, colours in 0..1. */
    final float[][] means;
    final PixelCentres.BilinearAxis xAxis;
    final PixelCentres.BilinearAxis yAxis;

    private BlurFusionCoarse(int factor, int width, int height, float[][] means,
                             PixelCentres.BilinearAxis xAxis, PixelCentres.BilinearAxis yAxis) {
        this.factor = factor;
        this.width = width;
        this.height = height;
        this.means = means;
        this.xAxis = xAxis;
        this.yAxis = yAxis;
    }

    /** @param window box window at full resolution (cv2.blur kernel size) */
    public static BlurFusionCoarse compute(RgbaImage image, byte[] alpha, int window, int targetLongSide) {
        int w = image.width();
        int h = image.height();
        int factor = Math.max(1, (Math.max(w, h) + targetLongSide - 1) / targetLongSide);
        int cw = (w + factor - 1) / factor;
        int ch = (h + factor - 1) / factor;
        // alpha, I·alpha (rgb), I·(1-alpha) (rgb): area means over each coarse cell
        float[][] sums = reduce(image, alpha, factor, cw, ch);
        int coarseWindow = Math.max(1, (int) Math.round((double) window / factor));
        int plane = cw * ch;
        float[] tmp = new float[plane];
        float[][] blurred = new float[7][plane];
        for (int c = 0; c < 7; c++) {
            BoxFilter.meanKernel(sums[c], cw, ch, coarseWindow, tmp, blurred[c]);
        }
        float[][] means = new float[6][plane];
        for (int i = 0; i < plane; i++) {
            float ba = blurred[0][i];
            float fgDen = 1f / (ba + EPS);
            float bgDen = 1f / ((1f - ba) + EPS);
            for (int c = 0; c < 3; c++) {
                means[c][i] = blurred[1 + c][i] * fgDen;
                means[3 + c][i] = blurred[4 + c][i] * bgDen;
            }
        }
        double ratio = 1.0 / factor;
        return new BlurFusionCoarse(factor, cw, ch, means,
                PixelCentres.bilinearAxis(cw, w, ratio), PixelCentres.bilinearAxis(ch, h, ratio));
    }

    private static float[][] reduce(RgbaImage image, byte[] alpha, int factor, int cw, int ch) {
        int w = image.width();
        int h = image.height();
        int[] argb = image.argb();
        float[][] sums = new float[7][cw * ch];
        float[] sa = sums[0];
        float[] sfr = sums[1];
        float[] sfg = sums[2];
        float[] sfb = sums[3];
        float[] sbr = sums[4];
        float[] sbg = sums[5];
        float[] sbb = sums[6];
        Parallel.forRanges(ch, (long) cw * factor * factor, (cy0, cy1) -> {
            for (int cy = cy0; cy < cy1; cy++) {
                int yEnd = Math.min(h, (cy + 1) * factor);
                int cellRows = yEnd - cy * factor;
                for (int cx = 0; cx < cw; cx++) {
                    int xStart = cx * factor;
                    int xEnd = Math.min(w, xStart + factor);
                    // Integer sums in 0..255 units: sum(I·(1−α)) = 255·sum(I) − sum(I·α) needs no extra product.
                    long a = 0, r = 0, g = 0, b = 0, ra = 0, ga = 0, ba = 0;
                    for (int y = cy * factor; y < yEnd; y++) {
                        for (int j = y * w + xStart, end = y * w + xEnd; j < end; j++) {
                            int p = argb[j];
                            int al = alpha[j] & 0xFF;
                            int pr = (p >>> 16) & 0xFF;
                            int pg = (p >>> 8) & 0xFF;
                            int pb = p & 0xFF;
                            a += al;
                            r += pr;
                            g += pg;
                            b += pb;
                            ra += pr * al;
                            ga += pg * al;
                            ba += pb * al;
                        }
                    }
                    float inv = INV_255 / (cellRows * (xEnd - xStart));
                    float inv2 = inv * INV_255;
                    int i = cy * cw + cx;
                    sa[i] = a * inv;
                    sfr[i] = ra * inv2;
                    sfg[i] = ga * inv2;
                    sfb[i] = ba * inv2;
                    sbr[i] = (255 * r - ra) * inv2;
                    sbg[i] = (255 * g - ga) * inv2;
                    sbb[i] = (255 * b - ba) * inv2;
                }
            }
        });
        return sums;
    }

    /** Bilinear read of all six planes of {@link #means} at full-resolution pixel (x, y) into {@code out}. */
    void sample(int x, int y, float[] out) {
        int top = yAxis.lower()[y] * width;
        int bottom = yAxis.upper(y) * width;
        int left = xAxis.lower()[x];
        int right = xAxis.upper(x);
        float fx = xAxis.frac()[x];
        float fy = yAxis.frac()[y];
        for (int c = 0; c < 6; c++) {
            float[] m = means[c];
            float t = m[top + left] + fx * (m[top + right] - m[top + left]);
            float b = m[bottom + left] + fx * (m[bottom + right] - m[bottom + left]);
            out[c] = t + fy * (b - t);
        }
    }
}
