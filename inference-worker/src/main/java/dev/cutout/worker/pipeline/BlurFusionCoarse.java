package dev.cutout.worker.pipeline;

import dev.cutout.image.RgbaImage;

/**
 * The first, wide stage of blur fusion (window ~90 px) on a reduced grid: the image is
 * area-averaged by an integer factor so the long side is about {@code targetLongSide}, the box
 * window shrinks by the same factor, and the two blurred colours it yields (the local foreground
 * mean {@code bF} and background mean {@code bB}) are read back bilinearly at full resolution.
 * A 90-px box is a heavy low-pass, so this loses nothing visible and costs one pass over the photo.
 */
final class BlurFusionCoarse {

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
    static BlurFusionCoarse compute(RgbaImage image, byte[] alpha, int window, int targetLongSide) {
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
        Parallel.forRanges(ch, (long) cw * factor * factor, (cy0, cy1) -> {
            for (int cy = cy0; cy < cy1; cy++) {
                int yEnd = Math.min(h, (cy + 1) * factor);
                for (int y = cy * factor; y < yEnd; y++) {
                    int row = y * w;
                    for (int x = 0; x < w; x++) {
                        int i = cy * cw + x / factor;
                        int p = argb[row + x];
                        float a = (alpha[row + x] & 0xFF) * INV_255;
                        float r = ((p >>> 16) & 0xFF) * INV_255;
                        float g = ((p >>> 8) & 0xFF) * INV_255;
                        float b = (p & 0xFF) * INV_255;
                        float na = 1f - a;
                        sums[0][i] += a;
                        sums[1][i] += r * a;
                        sums[2][i] += g * a;
                        sums[3][i] += b * a;
                        sums[4][i] += r * na;
                        sums[5][i] += g * na;
                        sums[6][i] += b * na;
                    }
                }
                int cellRows = yEnd - cy * factor;
                for (int cx = 0; cx < cw; cx++) {
                    int cellCols = Math.min(w, (cx + 1) * factor) - cx * factor;
                    float inv = 1f / (cellRows * cellCols);
                    int i = cy * cw + cx;
                    for (int c = 0; c < 7; c++) {
                        sums[c][i] *= inv;
                    }
                }
            }
        });
        return sums;
    }

    /** Bilinear read of plane {@code c} of {@link #means} at full-resolution pixel (x, y). */
    float sample(int c, int x, int y) {
        float[] m = means[c];
        int top = yAxis.lower()[y] * width;
        int bottom = yAxis.upper(y) * width;
        int left = xAxis.lower()[x];
        int right = xAxis.upper(x);
        float fx = xAxis.frac()[x];
        float fy = yAxis.frac()[y];
        float t = m[top + left] + fx * (m[top + right] - m[top + left]);
        float b = m[bottom + left] + fx * (m[bottom + right] - m[bottom + left]);
        return t + fy * (b - t);
    }
}
