package dev.cutout.worker.pipeline;

import dev.cutout.image.RgbaImage;
import dev.cutout.worker.model.ModelInput;

/**
 * Stretches the photo to the model's square grid (no letterbox: the aspect is restored when the
 * matte is upsampled) with an antialiased separable triangle filter. Alpha is ignored: the network
 * sees the RGB as stored.
 *
 * <p>Works in bands of output rows: each band resamples only the source rows it needs horizontally
 * into a small buffer and then vertically, so memory stays O(size x band) instead of O(size x height).
 * Cost O(size x height x taps) + O(size² x taps).
 */
public final class ModelInputResizer {

    /** The ISNet grid. */
    public static final int DEFAULT_SIZE = 1024;
    /** Output rows per band; larger bands re-read fewer overlapping source rows. */
    private static final int BAND_ROWS = 32;

    private final int size;

    public ModelInputResizer() {
        this(DEFAULT_SIZE);
    }

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
        ResizeAxis xAxis = ResizeAxis.triangle(image.width(), size);
        ResizeAxis yAxis = ResizeAxis.triangle(image.height(), size);
        float[] chw = new float[3 * size * size];
        int bands = (size + BAND_ROWS - 1) / BAND_ROWS;
        long workPerBand = (long) BAND_ROWS * Math.max(size, image.width());
        Parallel.forRanges(bands, workPerBand, (b0, b1) -> {
            for (int b = b0; b < b1; b++) {
                int from = b * BAND_ROWS;
                resizeBand(image, xAxis, yAxis, from, Math.min(size, from + BAND_ROWS), chw);
            }
        });
        return new ModelInput(size, chw);
    }

    /** Output rows {@code [from, to)}. */
    private void resizeBand(RgbaImage image, ResizeAxis xAxis, ResizeAxis yAxis, int from, int to,
                            float[] chw) {
        int firstRow = yAxis.start[from];
        int rows = yAxis.sourceEnd(from, to) - firstRow;
        int plane = rows * size;
        float[] band = new float[3 * plane]; // horizontally resized source rows, planar RGB
        float[] r = new float[image.width()];
        float[] g = new float[image.width()];
        float[] b = new float[image.width()];
        for (int row = 0; row < rows; row++) {
            unpackRow(image, firstRow + row, r, g, b);
            horizontal(xAxis, r, g, b, band, row * size, plane);
        }
        int outPlane = size * size;
        for (int y = from; y < to; y++) {
            int taps = yAxis.taps;
            int n = yAxis.count[y];
            for (int c = 0; c < 3; c++) {
                int out = c * outPlane + y * size;
                for (int k = 0; k < n; k++) {
                    float w = yAxis.weights[y * taps + k];
                    int in = c * plane + (yAxis.start[y] + k - firstRow) * size;
                    for (int x = 0; x < size; x++) {
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

    private void horizontal(ResizeAxis xAxis, float[] r, float[] g, float[] b, float[] band, int off, int plane) {
        int taps = xAxis.taps;
        for (int x = 0; x < size; x++) {
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
