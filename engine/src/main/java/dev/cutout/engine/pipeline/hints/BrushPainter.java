package dev.cutout.engine.pipeline.hints;

import dev.cutout.image.HintMask;

/**
 * The plain baseline of a refine: strokes paint pixels (keep = 255, erase = 0) and nothing spreads.
 * What an editor without a solver does; the stroke benchmark measures the solver against it.
 */
public final class BrushPainter {

    private BrushPainter() {
    }

    public static byte[] apply(byte[] alpha, HintMask hints) {
        return paint(alpha.clone(), hints);
    }

    /** Paints the strokes of {@code hints} into {@code out} and returns it. */
    static byte[] paint(byte[] out, HintMask hints) {
        byte[] strokes = hints.labels();
        for (int i = 0; i < out.length; i++) {
            if (strokes[i] == HintMask.KEEP) {
                out[i] = (byte) 255;
            } else if (strokes[i] == HintMask.ERASE) {
                out[i] = 0;
            }
        }
        return out;
    }
}
