package dev.cutout.engine.pipeline.layout;

import dev.cutout.engine.kernel.KernelAxis;
import dev.cutout.engine.kernel.Parallel;
import dev.cutout.image.RgbaImage;
import java.util.Arrays;

/**
 * Resamples a cut-out in premultiplied alpha, separable (horizontal pass, then vertical): the RGB of
 * transparent pixels (arbitrary, usually black) has weight zero, so it cannot bleed into the edge as a
 * dark or coloured fringe. The result is un-premultiplied with rounding; ringing is clamped to 0..255
 * and each channel to what its alpha allows, and fully transparent results get RGB 0 like the
 * compositor's.
 *
 * <p>Works in bands of output rows, each band filtering only the source rows it reads, so memory stays
 * at a band's intermediate rows. Cost O(srcRows·dstWidth·tapsX + dstPixels·tapsY).
 */
public final class PremultipliedResampler {

    /** Output rows per band: enough that re-filtering the source rows two bands share stays a few per cent. */
    private static final int BAND_ROWS = 128;
    private static final float INV_255 = 1f / 255f;

    /**
     * The destination of {@code xAxis.dstLen} x {@code yAxis.dstLen}; pixels the axes leave without taps
     * (outside the source) are transparent. {@code hasAlpha} is true.
     */
    public RgbaImage resample(RgbaImage source, KernelAxis xAxis, KernelAxis yAxis) {
        int dw = xAxis.dstLen;
        int dh = yAxis.dstLen;
        int[] out = new int[Math.multiplyExact(dw, dh)];
        int sx0 = xAxis.sourceStart(0, dw);
        int sx1 = xAxis.sourceEnd(0, dw);
        if (sx0 < sx1) {
            Parallel.forRanges(dh, (long) dw * (xAxis.taps + yAxis.taps),
                    (from, to) -> {
                        for (int band = from; band < to; band += BAND_ROWS) {
                            resampleBand(source, xAxis, yAxis, sx0, sx1, band, Math.min(to, band + BAND_ROWS), out);
                        }
                    });
        }
        return new RgbaImage(dw, dh, out, true);
    }

    private static void resampleBand(RgbaImage source, KernelAxis xAxis, KernelAxis yAxis, int sx0, int sx1,
                                     int y0, int y1, int[] out) {
        int sy0 = yAxis.sourceStart(y0, y1);
        int sy1 = yAxis.sourceEnd(y0, y1);
        if (sy0 >= sy1) {
            return; // every row of the band lies outside the source: stays transparent
        }
        int dw = xAxis.dstLen;
        int stride = dw * 4;
        float[] rows = new float[(sy1 - sy0) * stride];
        float[] premultiplied = new float[(sx1 - sx0) * 4];
        for (int sy = sy0; sy < sy1; sy++) {
            premultiplyRow(source, sy, sx0, sx1, premultiplied);
            filterRow(premultiplied, sx0, xAxis, rows, (sy - sy0) * stride);
        }
        float[] acc = new float[stride];
        for (int y = y0; y < y1; y++) {
            int n = yAxis.count[y];
            if (n == 0) {
                continue;
            }
            Arrays.fill(acc, 0f);
            int base = y * yAxis.taps;
            for (int k = 0; k < n; k++) {
                float w = yAxis.weights[base + k];
                int off = (yAxis.start[y] + k - sy0) * stride;
                for (int i = 0; i < stride; i++) {
                    acc[i] += w * rows[off + i];
                }
            }
            int o = y * dw;
            for (int x = 0; x < dw; x++) {
                out[o + x] = xAxis.count[x] == 0 ? 0 : unpremultiply(acc, x * 4);
            }
        }
    }

    /** Source row {@code sy}, columns {@code [sx0, sx1)}, as premultiplied {@code r, g, b, a} floats in 0..255. */
    private static void premultiplyRow(RgbaImage source, int sy, int sx0, int sx1, float[] dst) {
        int[] argb = source.argb();
        int row = sy * source.width();
        for (int x = sx0, j = 0; x < sx1; x++, j += 4) {
            int p = argb[row + x];
            int a = p >>> 24;
            float f = a * INV_255;
            dst[j] = ((p >>> 16) & 0xFF) * f;
            dst[j + 1] = ((p >>> 8) & 0xFF) * f;
            dst[j + 2] = (p & 0xFF) * f;
            dst[j + 3] = a;
        }
    }

    private static void filterRow(float[] src, int sx0, KernelAxis xAxis, float[] dst, int dstOff) {
        for (int x = 0; x < xAxis.dstLen; x++) {
            int n = xAxis.count[x];
            float r = 0;
            float g = 0;
            float b = 0;
            float a = 0;
            int base = x * xAxis.taps;
            int s = (xAxis.start[x] - sx0) * 4;
            for (int k = 0; k < n; k++, s += 4) {
                float w = xAxis.weights[base + k];
                r += w * src[s];
                g += w * src[s + 1];
                b += w * src[s + 2];
                a += w * src[s + 3];
            }
            int d = dstOff + x * 4;
            dst[d] = r;
            dst[d + 1] = g;
            dst[d + 2] = b;
            dst[d + 3] = a;
        }
    }

    /**
     * Packs premultiplied {@code r, g, b, a} at {@code acc[i..i+4)}: alpha clamped to 0..255 and rounded,
     * each colour clamped to 0..alpha (no channel brighter than its coverage allows), then divided by alpha.
     */
    static int unpremultiply(float[] acc, int i) {
        float a = Math.min(255f, acc[i + 3]);
        int alpha = Math.round(a);
        if (alpha <= 0) {
            return 0;
        }
        float toStraight = 255f / a;
        return alpha << 24 | straight(acc[i], a, toStraight) << 16 | straight(acc[i + 1], a, toStraight) << 8
                | straight(acc[i + 2], a, toStraight);
    }

    private static int straight(float premultiplied, float alpha, float toStraight) {
        float c = Math.max(0f, Math.min(alpha, premultiplied));
        return Math.min(255, (int) (c * toStraight + 0.5f)); // min: float rounding of c = alpha
    }
}
