package dev.cutout.worker.pipeline;

import dev.cutout.worker.model.GridMatte;
import dev.cutout.worker.model.ModelInput;

/**
 * Test-time augmentation: predicts on the photo and on its mirror image and averages the two mattes.
 *
 * <p>QUALITY.md measured it as the largest gain on soft edges (hair, plants) at twice the inference
 * cost, mixed on hard masks — so it is the opt-in "quality" option, not the default.
 */
public final class FlipAveragingModel implements MatteModel {

    private final MatteModel model;

    public FlipAveragingModel(MatteModel model) {
        this.model = model;
    }

    @Override
    public GridMatte predict(ModelInput input) {
        int size = input.size();
        float[] straight = model.predict(input).alpha();
        float[] mirrored = model.predict(new ModelInput(size, mirrorRows(input.chw(), size, 3))).alpha();
        float[] unmirrored = mirrorRows(mirrored, size, 1);
        float[] average = new float[straight.length];
        for (int i = 0; i < average.length; i++) {
            average[i] = 0.5f * (straight[i] + unmirrored[i]);
        }
        return new GridMatte(size, average);
    }

    /** Mirrors each row of {@code planes} square planes of side {@code size}. */
    static float[] mirrorRows(float[] values, int size, int planes) {
        float[] out = new float[values.length];
        for (int row = 0; row < size * planes; row++) {
            int base = row * size;
            for (int x = 0; x < size; x++) {
                out[base + x] = values[base + size - 1 - x];
            }
        }
        return out;
    }
}
