package dev.cutout.worker.pipeline;

import dev.cutout.image.RgbaImage;
import dev.cutout.worker.model.GridMatte;
import dev.cutout.worker.model.ModelInput;

import java.util.function.IntBinaryOperator;

/** Small synthetic images for the pipeline tests. */
final class TestImages {

    private TestImages() {
    }

    static RgbaImage opaque(int w, int h, IntBinaryOperator rgbAt) {
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = 0xFF000000 | rgbAt.applyAsInt(x, y);
            }
        }
        return new RgbaImage(w, h, argb, false);
    }

    static int rgb(int r, int g, int b) {
        return (r << 16) | (g << 8) | b;
    }

    static int red(int argb) {
        return (argb >>> 16) & 0xFF;
    }

    static int green(int argb) {
        return (argb >>> 8) & 0xFF;
    }

    static int blue(int argb) {
        return argb & 0xFF;
    }

    static GridMatte matte(int n, FloatAt at) {
        float[] a = new float[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                a[y * n + x] = at.at(x, y);
            }
        }
        return new GridMatte(n, a);
    }

    /** Flat model input of one colour (0..255). */
    static ModelInput input(int n, RgbAt at) {
        float[] chw = new float[3 * n * n];
        int plane = n * n;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int rgb = at.at(x, y);
                chw[y * n + x] = red(rgb);
                chw[plane + y * n + x] = green(rgb);
                chw[2 * plane + y * n + x] = blue(rgb);
            }
        }
        return new ModelInput(n, chw);
    }

    @FunctionalInterface
    interface FloatAt {
        float at(int x, int y);
    }

    @FunctionalInterface
    interface RgbAt {
        int at(int x, int y);
    }
}
