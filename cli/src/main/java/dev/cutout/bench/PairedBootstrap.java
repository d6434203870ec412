package dev.cutout.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Paired bootstrap over images of the relative change of the mean error, so a 1 % change on a few
 * photos is not over-read: resample the images with replacement (the same images for the variant
 * and the baseline), take {@code mean(variant) / mean(baseline) − 1} each time, report the 2.5th and
 * 97.5th percentiles. A ratio of means, not a mean difference over the full sample's baseline: that
 * one leaves −100 % whenever a resample draws mostly the rescued photos. Seeded: the same inputs
 * give the same interval. O(resamples × images).
 *
 * @param change relative change of the mean, {@code mean(variant) / mean(baseline) − 1} (−0.1 = 10 % lower)
 * @param low    lower end of its 95 % interval
 * @param high   upper end of its 95 % interval
 */
record PairedBootstrap(double change, double low, double high) {

    static final int RESAMPLES = 10_000;
    private static final long SEED = 20_261_202L;

    static PairedBootstrap of(double[] variant, double[] baseline) {
        if (variant.length != baseline.length || variant.length == 0) {
            throw new IllegalArgumentException("paired samples of equal, non-zero length are required");
        }
        int n = variant.length;
        SplittableRandom random = new SplittableRandom(SEED);
        double[] changes = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double v = 0;
            double b = 0;
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(n);
                v += variant[pick];
                b += baseline[pick];
            }
            changes[r] = change(v, b);
        }
        Arrays.sort(changes);
        return new PairedBootstrap(change(SetResult.sum(variant), SetResult.sum(baseline)),
                changes[(int) (0.025 * RESAMPLES)], changes[(int) (0.975 * RESAMPLES) - 1]);
    }

    /** 0 when both are 0 (nothing to improve), +∞ when only the baseline is 0. */
    private static double change(double variant, double baseline) {
        if (baseline == 0) {
            return variant == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return variant / baseline - 1;
    }

    /** Whether the whole interval lies below zero (the variant's error is lower with 95 % confidence). */
    boolean clearlyLower() {
        return high < 0;
    }

    /** Whether the whole interval lies above zero. */
    boolean clearlyHigher() {
        return low > 0;
    }
}
