package dev.cutout.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.nio.FloatBuffer;

/**
 * IsNetTranslator as it was before model descriptors (commit 7382d50), kept only to prove that
 * {@link MatteTranslator} driven by the ISNet descriptor gives the same mattes bit for bit.
 *
 * Turns a {@link ModelInput} into ISNet's normalised input tensor and its alpha output into a
 * {@link GridMatte}; all maths happens on plain arrays because the ONNX Runtime NDArray does none.
 */
final class FormerIsNetTranslator implements NoBatchifyTranslator<ModelInput, GridMatte> {

    /** The graph input's name. */
    public static final String INPUT = "input";

    private static final String ALPHA_OUTPUT = "output";

    // imgly exports ISNet for (v - 128) / 256 per channel, i.e. mean 128 and std 256 on 0..255 values.
    private static final float MEAN = 128f;
    private static final float INV_STD = 1f / 256f;

    private final int grid;

    FormerIsNetTranslator(int grid) {
        this.grid = grid;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, ModelInput input) {
        if (input.size() != grid) {
            throw new IllegalArgumentException("ISNet expects a " + grid + "² grid, got " + input.size() + "²");
        }
        float[] chw = input.chw();
        float[] normalised = new float[chw.length];
        for (int i = 0; i < chw.length; i++) {
            normalised[i] = (chw[i] - MEAN) * INV_STD;
        }
        NDArray tensor = ctx.getNDManager().create(FloatBuffer.wrap(normalised), new Shape(1, 3, grid, grid));
        tensor.setName(INPUT);
        return new NDList(tensor);
    }

    @Override
    public GridMatte processOutput(TranslatorContext ctx, NDList list) {
        NDArray output = list.get(ALPHA_OUTPUT);
        if (output == null) {
            throw new IllegalStateException("model returned no '" + ALPHA_OUTPUT + "' tensor, only " + list);
        }
        if (!output.getShape().equals(new Shape(1, 1, grid, grid))) {
            throw new IllegalStateException("unexpected alpha shape " + output.getShape());
        }
        float[] alpha = output.toFloatArray();
        // The graph ends in a sigmoid (measured range 0.0..0.9999999), so no activation here;
        // the clamp only guards against fp16 rounding just outside 0..1.
        for (int i = 0; i < alpha.length; i++) {
            alpha[i] = Math.min(1f, Math.max(0f, alpha[i]));
        }
        return new GridMatte(grid, alpha);
    }
}
