package dev.cutout.engine.kernel;

/**
 * The one sampling convention of the pipeline: pixel {@code i} of an axis of length {@code n} is
 * the interval {@code [i, i+1)} with its centre at {@code i + 0.5}, so a destination pixel maps to
 * {@code src = (dst + 0.5) * srcLen / dstLen - 0.5}, clamped to the edge pixels. The model-input
 * shrink, the grid-to-photo upsampling and the coarse grid of blur fusion all use it, which is what
 * keeps a feature at the same place on the way down and on the way back up.
 */
public final class PixelCentres {

    private PixelCentres() {
    }

    /** Position of the centre of {@code dst} in source pixel-centre coordinates (not clamped). */
    public static double sourceCentre(int dst, double srcPerDst) {
        return (dst + 0.5) * srcPerDst - 0.5;
    }

    /**
     * Bilinear taps along one axis: for every destination index, the lower source index and the
     * weight of the upper one (the upper index is {@code min(lower + 1, srcLen - 1)}).
     */
    public static BilinearAxis bilinearAxis(int srcLen, int dstLen) {
        return bilinearAxis(srcLen, dstLen, (double) srcLen / dstLen);
    }

    /**
     * As {@link #bilinearAxis(int, int)} with an explicit ratio of source pixels per destination
     * pixel, for a source whose last pixel covers only part of the destination (an integer
     * reduction of a size that is not a multiple of the factor).
     */
    public static BilinearAxis bilinearAxis(int srcLen, int dstLen, double srcPerDst) {
        int[] lower = new int[dstLen];
        float[] frac = new float[dstLen];
        for (int d = 0; d < dstLen; d++) {
            double s = sourceCentre(d, srcPerDst);
            if (s <= 0) {
                lower[d] = 0;
                frac[d] = 0f;
            } else if (s >= srcLen - 1) {
                lower[d] = srcLen - 1;
                frac[d] = 0f;
            } else {
                int i = (int) s;
                lower[d] = i;
                frac[d] = (float) (s - i);
            }
        }
        return new BilinearAxis(srcLen, lower, frac);
    }

    /** Precomputed bilinear taps of one axis; see {@link #bilinearAxis}. */
    public record BilinearAxis(int srcLen, int[] lower, float[] frac) {

        public int upper(int d) {
            return Math.min(lower[d] + 1, srcLen - 1);
        }
    }
}
