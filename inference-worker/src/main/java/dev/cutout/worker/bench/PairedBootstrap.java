package dev.cutout.worker.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Paired bootstrap over images of the mean difference between a variant and the baseline, so a
 * 1 % change on a few photos is not over-read: resample the images with replacement, take the mean
 * per-image difference each time, report the 2.5th and 97.5th percentiles. Seeded: the same inputs
 * give the same interval. O(resamples × images).
 *
 * @param mean  mean of {@code variant − baseline} over the images
 * @param low   lower end of the 95 % interval
 * @param high  upper end of the 95 % interval
 */
record PairedBootstrap(double mean, double low, double high) {

    static final int RESAMPLES = 10_000;
    private static final long SEED = 20_261_202L;

    static PairedBootstrap of(double[] variant, double[] baseline) {
        if (variant.length != baseline.length || variant.length == 0) {
            throw new IllegalArgumentException("paired samples of equal, non-zero length are required");
        }
        int n = variant.length;
        double[] diff = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            diff[i] = variant[i] - baseline[i];
            sum += diff[i];
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += diff[random.nextInt(n)];
            }
            means[r] = s / n;
        }
        Arrays.sort(means);
        return new PairedBootstrap(sum / n, means[(int) (0.025 * RESAMPLES)], means[(int) (0.975 * RESAMPLES) - 1]);
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
