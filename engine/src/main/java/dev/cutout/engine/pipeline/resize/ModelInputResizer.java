package dev.cutout.engine.pipeline.resize;

import dev.cutout.engine.kernel.Parallel;
import dev.cutout.engine.kernel.ResizeAxis;
import dev.cutout.engine.model.ModelInput;
import dev.cutout.image.RgbaImage;

/**
 * Stretches the photo to the model's square grid (no letterbox: the aspect is restored when the
 * matte is upsampled) with an antialiased separable triangle filter. Alpha is ignored: the network
 * sees the RGB as stored.
 *
 * <p>Works in bands of output rows: each band resamples only the source rows it needs horizontally
 * into a small buffer and then vertically, so memory stays O(width x band) instead of O(width x height).
 * Cost O(target width x photo height x taps) + O(target pixels x taps).
 */
public final class ModelInputResizer {

    /** Output rows per band; larger bands re-read fewer overlapping source rows. */
    private static final int BAND_ROWS = 32;

    private final int size;

    public ModelInputResizer(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("model size must be positive: " + size);
        }
        this.size = size;
    }

    public int size() {
        return size;
    }

    public ModelInput resize(RgbaImage image) {
        return new ModelInput(size, planes(image, size, size));
    }

    /**
     * The photo stretched to {@code width × height}, planar RGB 0..255 (all R, then G, then B): the
     * square grid of {@link #resize}, or the inner part of a zoomed-out model view.
     */
    public static float[] planes(RgbaImage image, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("target size must be positive: " + width + "x" + height);
        }
        ResizeAxis xAxis = ResizeAxis.triangle(image.width(), width);
        ResizeAxis yAxis = ResizeAxis.triangle(image.height(), height);
        float[] chw = new float[3 * width * height];
        int bands = (height + BAND_ROWS - 1) / BAND_ROWS;
        long workPerBand = (long) BAND_ROWS * Math.max(width, image.width());
        Parallel.forRanges(bands, workPerBand, (b0, b1) -> {
            for (int b = b0; b < b1; b++) {
                int from = b * BAND_ROWS;
                resizeBand(image, xAxis, yAxis, width, height, from, Math.min(height, from + BAND_ROWS), chw);
            }
        });
        return chw;
    }

    /** Output rows {@code [from, to)} of a {@code width × height} target. */
    private static void resizeBand(RgbaImage image, ResizeAxis xAxis, ResizeAxis yAxis, int width, int height,
                                   int from, int to, float[] chw) {
        int firstRow = yAxis.start[from];
        int rows = yAxis.sourceEnd(from, to) - firstRow;
        int plane = rows * width;
        float[] band = new float[3 * plane]; // horizontally resized source rows, planar RGB
        float[] r = new float[image.width()];
        float[] g = new float[image.width()];
        float[] b = new float[image.width()];
        for (int row = 0; row < rows; row++) {
            unpackRow(image, firstRow + row, r, g, b);
            horizontal(xAxis, width, r, g, b, band, row * width, plane);
        }
        int outPlane = width * height;
        for (int y = from; y < to; y++) {
            int taps = yAxis.taps;
            int n = yAxis.count[y];
            for (int c = 0; c < 3; c++) {
                int out = c * outPlane + y * width;
                for (int k = 0; k < n; k++) {
                    float w = yAxis.weights[y * taps + k];
                    int in = c * plane + (yAxis.start[y] + k - firstRow) * width;
                    for (int x = 0; x < width; x++) {
                        chw[out + x] += w * band[in + x];
                    }
                }
            }
        }
    }

    private static void unpackRow(RgbaImage image, int y, float[] r, float[] g, float[] b) {
        int[] argb = image.argb();
        int off = y * image.width();
        for (int x = 0; x < r.length; x++) {
            int p = argb[off + x];
            r[x] = (p >>> 16) & 0xFF;
            g[x] = (p >>> 8) & 0xFF;
            b[x] = p & 0xFF;
        }
    }

    private static void horizontal(ResizeAxis xAxis, int width, float[] r, float[] g, float[] b, float[] band, int off, int plane) {
        int taps = xAxis.taps;
        for (int x = 0; x < width; x++) {
            int s = xAxis.start[x];
            int n = xAxis.count[x];
            int wi = x * taps;
            float sr = 0;
            float sg = 0;
            float sb = 0;
            for (int k = 0; k < n; k++) {
                float w = xAxis.weights[wi + k];
                sr += w * r[s + k];
                sg += w * g[s + k];
                sb += w * b[s + k];
            }
            band[off + x] = sr;
            band[plane + off + x] = sg;
            band[2 * plane + off + x] = sb;
        }
    }
}
