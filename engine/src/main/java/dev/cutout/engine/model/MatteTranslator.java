package dev.cutout.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import dev.cutout.engine.model.ModelDescriptor.ColourOrder;
import dev.cutout.engine.model.ModelDescriptor.Layout;
import dev.cutout.engine.model.ModelDescriptor.Normalisation;
import dev.cutout.engine.model.ModelDescriptor.Output;
import java.nio.FloatBuffer;

/**
 * Turns a {@link ModelInput} into the input tensor a {@link ModelDescriptor} describes (colour order,
 * normalisation, layout) and the descriptor's output into a {@link GridMatte} (sigmoid for logits, min-max
 * normalisation when asked, clamped to 0..1); all maths happens on plain arrays because the ONNX Runtime
 * NDArray does none.
 */
public final class MatteTranslator implements NoBatchifyTranslator<ModelInput, GridMatte> {

    private final ModelDescriptor descriptor;
    private final int grid;

    public MatteTranslator(ModelDescriptor descriptor) {
        this.descriptor = descriptor;
        this.grid = descriptor.grid();
    }

    @Override
    public NDList processInput(TranslatorContext ctx, ModelInput input) {
        if (input.size() != grid) {
            throw new IllegalArgumentException(descriptor.name() + " expects a " + grid + "² grid, got " + input.size() + "²");
        }
        float[] tensor = tensor(input);
        Shape shape = descriptor.input().layout() == Layout.NCHW
                ? new Shape(1, 3, grid, grid)
                : new Shape(1, grid, grid, 3);
        NDArray array = ctx.getNDManager().create(FloatBuffer.wrap(tensor), shape);
        array.setName(descriptor.input().name());
        return new NDList(array);
    }

    /** The normalised input values in the descriptor's colour order and layout. O(3·grid²). */
    float[] tensor(ModelInput input) {
        float[] chw = input.chw();
        int plane = input.plane();
        Normalisation n = descriptor.input().normalisation();
        double divisor = n.divisor().imageMax() ? Math.max(max(chw), Float.MIN_NORMAL) : n.divisor().value();
        boolean bgr = descriptor.input().colourOrder() == ColourOrder.BGR;
        boolean nchw = descriptor.input().layout() == Layout.NCHW;
        float[] out = new float[chw.length];
        for (int c = 0; c < 3; c++) {
            // In double, then rounded once: for ISNet ((v - 128) / 256, an exact power-of-two scale) this is
            // bit for bit the float computation Cutout always did.
            double mean = n.mean().get(c);
            double std = n.std().get(c);
            int from = (bgr ? 2 - c : c) * plane;
            for (int i = 0; i < plane; i++) {
                float v = (float) ((chw[from + i] / divisor - mean) / std);
                out[nchw ? c * plane + i : i * 3 + c] = v;
            }
        }
        return out;
    }

    @Override
    public GridMatte processOutput(TranslatorContext ctx, NDList list) {
        String name = descriptor.output().name();
        NDArray output = list.get(name);
        if (output == null) {
            throw new IllegalStateException(descriptor.name() + " returned no '" + name + "' tensor, only " + list);
        }
        if (output.getShape().size() != (long) grid * grid) {
            throw new IllegalStateException(descriptor.name() + ": unexpected output shape " + output.getShape()
                    + " for a " + grid + "² grid");
        }
        return new GridMatte(grid, alpha(output.toFloatArray(), descriptor.output()));
    }

    /** The output's values made alpha in place: sigmoid for logits, then min-max when asked, then clamped. */
    static float[] alpha(float[] values, Output output) {
        if (output.meaning() == ModelDescriptor.OutputMeaning.LOGITS) {
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) (1 / (1 + Math.exp(-values[i])));
            }
        }
        if (output.minMaxNormalise()) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (float v : values) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            // A flat output says nothing about the subject; left as it is rather than divided by zero.
            if (max > min) {
                float range = max - min;
                for (int i = 0; i < values.length; i++) {
                    values[i] = (values[i] - min) / range;
                }
            }
        }
        // Guards against fp16 rounding just outside 0..1 (ISNet's sigmoid measured 0.0..0.9999999).
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.min(1f, Math.max(0f, values[i]));
        }
        return values;
    }

    private static float max(float[] values) {
        float max = 0f;
        for (float v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
