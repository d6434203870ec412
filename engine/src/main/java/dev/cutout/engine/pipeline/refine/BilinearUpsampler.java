package dev.cutout.engine.pipeline.refine;

import dev.cutout.engine.kernel.GridResampler;
import dev.cutout.engine.kernel.Parallel;
import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.model.ModelInput;
import dev.cutout.image.RgbaImage;

/** The baseline: a plain bilinear stretch of the grid matte to the photo (what the peers do). */
public final class BilinearUpsampler implements MatteUpsampler {

    @Override
    public byte[] upsample(GridMatte matte, ModelInput guide, RgbaImage photo) {
        return upsample(matte, photo.width(), photo.height());
    }

    public byte[] upsample(GridMatte matte, int width, int height) {
        GridResampler resampler = new GridResampler(matte.size(), width, height);
        byte[] alpha = new byte[width * height];
        Parallel.forRanges(height, width, (y0, y1) -> {
            float[] gridRow = new float[matte.size() + 1];
            float[] row = new float[width];
            for (int y = y0; y < y1; y++) {
                resampler.resampleRow(matte.alpha(), y, gridRow, row);
                int off = y * width;
                for (int x = 0; x < width; x++) {
                    alpha[off + x] = toByte(row[x]);
                }
            }
        });
        return alpha;
    }

    /** Clamps 0..1 and rounds to 0..255. */
    static byte toByte(float v) {
        float c = v <= 0f ? 0f : (v >= 1f ? 1f : v);
        return (byte) (int) (c * 255f + 0.5f);
    }
}
