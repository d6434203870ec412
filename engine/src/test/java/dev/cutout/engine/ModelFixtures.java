package dev.cutout.engine;

import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.model.ModelInput;
import dev.cutout.image.TestImages;


/** Small synthetic mattes and model inputs for the engine's tests (images: {@code dev.cutout.image.TestImages}). */
public final class ModelFixtures {

    private ModelFixtures() {
    }

    public static GridMatte matte(int n, FloatAt at) {
        float[] a = new float[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                a[y * n + x] = at.at(x, y);
            }
        }
        return new GridMatte(n, a);
    }

    /** Flat model input of one colour (0..255). */
    public static ModelInput input(int n, RgbAt at) {
        float[] chw = new float[3 * n * n];
        int plane = n * n;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int rgb = at.at(x, y);
                chw[y * n + x] = TestImages.red(rgb);
                chw[plane + y * n + x] = TestImages.green(rgb);
                chw[2 * plane + y * n + x] = TestImages.blue(rgb);
            }
        }
        return new ModelInput(n, chw);
    }

    @FunctionalInterface
    public interface FloatAt {
        float at(int x, int y);
    }

    @FunctionalInterface
    public interface RgbAt {
        int at(int x, int y);
    }
}
