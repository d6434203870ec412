package dev.cutout.engine.pipeline.ensemble;

import dev.cutout.engine.model.GridMatte;

/**
 * Measurements of one matte on the photo grid that the choice between candidates and the quality
 * report rest on. O(grid²).
 *
 * @param keptShare     share of the grid with alpha at least 0.5
 * @param borderContact share of the outermost ring of the grid with alpha at least 0.5
 * @param softShare     share of the grid with 0.02 &lt; alpha &lt; 0.98
 */
public record MatteEvidence(double keptShare, double borderContact, double softShare) {

    static final float HALF = 0.5f;
    static final float SOFT_LOW = 0.02f;
    static final float SOFT_HIGH = 0.98f;

    public static MatteEvidence of(GridMatte matte) {
        int n = matte.size();
        float[] a = matte.alpha();
        long kept = 0;
        long soft = 0;
        for (float v : a) {
            if (v >= HALF) {
                kept++;
            }
            if (v > SOFT_LOW && v < SOFT_HIGH) {
                soft++;
            }
        }
        long ring = 0;
        long ringKept = 0;
        for (int i = 0; i < n; i++) {
            int[] cells = {i, (n - 1) * n + i, i * n, i * n + n - 1};
            for (int c : cells) {
                ring++;
                if (a[c] >= HALF) {
                    ringKept++;
                }
            }
        }
        double pixels = (double) n * n;
        return new MatteEvidence(kept / pixels, (double) ringKept / ring, soft / pixels);
    }

    /** IoU at alpha 0.5 of two mattes on the same grid; 1 when both are empty. */
    public static double agreement(GridMatte a, GridMatte b) {
        float[] x = a.alpha();
        float[] y = b.alpha();
        long inter = 0;
        long union = 0;
        for (int i = 0; i < x.length; i++) {
            boolean p = x[i] >= HALF;
            boolean q = y[i] >= HALF;
            if (p && q) {
                inter++;
            }
            if (p || q) {
                union++;
            }
        }
        return union == 0 ? 1.0 : (double) inter / union;
    }
}
