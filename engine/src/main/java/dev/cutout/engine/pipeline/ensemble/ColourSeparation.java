package dev.cutout.engine.pipeline.ensemble;

import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.model.ModelInput;

/**
 * How much the colours a matte keeps overlap the colours it drops: the Bhattacharyya coefficient
 * of the two colour histograms of the photo on the model grid, the kept one weighted by alpha and
 * the dropped one by 1 − alpha. 0 = the two regions share no colour, 1 = identical colours. A
 * matte that lost part of its subject drops subject colours; one that took background keeps
 * background colours: either way the overlap rises, which is what the chooser compares.
 *
 * <p>Cost O(grid²) plus O(bins³).
 */
public final class ColourSeparation {

    /** Histogram bins per channel. */
    public static final int DEFAULT_BINS = 12;
    /** Below this share of the grid on either side, the overlap is undefined and reads as 1. */
    static final double MIN_SIDE_SHARE = 1e-3;

    private final int bins;

    public ColourSeparation() {
        this(DEFAULT_BINS);
    }

    public ColourSeparation(int bins) {
        if (bins < 2 || bins > 64) {
            throw new IllegalArgumentException("bins must be within 2..64: " + bins);
        }
        this.bins = bins;
    }

    /** The bin of every grid pixel, computed once per photo and shared by all candidates. */
    public int[] binsOf(ModelInput photo) {
        int plane = photo.plane();
        float[] chw = photo.chw();
        int[] bin = new int[plane];
        float scale = bins / 256f;
        for (int i = 0; i < plane; i++) {
            int r = clampBin((int) (chw[i] * scale));
            int g = clampBin((int) (chw[plane + i] * scale));
            int b = clampBin((int) (chw[2 * plane + i] * scale));
            bin[i] = (r * bins + g) * bins + b;
        }
        return bin;
    }

    /** The overlap of kept and dropped colours of {@code matte}, 0..1 (see the class comment). */
    public double overlap(int[] binOfPixel, GridMatte matte) {
        float[] alpha = matte.alpha();
        if (alpha.length != binOfPixel.length) {
            throw new IllegalArgumentException("matte and bins are not on the same grid");
        }
        int cells = bins * bins * bins;
        double[] kept = new double[cells];
        double[] dropped = new double[cells];
        double keptSum = 0;
        for (int i = 0; i < alpha.length; i++) {
            double a = Math.min(1f, Math.max(0f, alpha[i]));
            kept[binOfPixel[i]] += a;
            dropped[binOfPixel[i]] += 1 - a;
            keptSum += a;
        }
        double droppedSum = alpha.length - keptSum;
        double min = MIN_SIDE_SHARE * alpha.length;
        if (keptSum < min || droppedSum < min) {
            return 1.0;
        }
        double coefficient = 0;
        for (int c = 0; c < cells; c++) {
            coefficient += Math.sqrt(kept[c] * dropped[c]);
        }
        return coefficient / Math.sqrt(keptSum * droppedSum);
    }

    private int clampBin(int b) {
        return Math.max(0, Math.min(bins - 1, b));
    }
}
