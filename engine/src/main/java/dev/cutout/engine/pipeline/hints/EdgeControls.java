package dev.cutout.engine.pipeline.hints;

import dev.cutout.contract.Refinement;
import dev.cutout.engine.kernel.BoxFilter;

/**
 * The edge controls of a refine: {@code shift} px moves the subject's edge out (positive) or in
 * (negative), {@code feather} px softens it. Both are box filters on the alpha: shift blurs by
 * 2|shift| and re-thresholds (a straight edge's 0.5 line moves by |shift|), feather blurs twice by
 * its radius (close to a Gaussian). O(pixels) each, whatever the radius.
 */
public record EdgeControls(int feather, int shift) {

    public static final EdgeControls NONE = new EdgeControls(0, 0);
    public static final int MAX_FEATHER = Refinement.MAX_FEATHER;
    public static final int MAX_SHIFT = Refinement.MAX_SHIFT;

    public EdgeControls {
        if (feather < 0 || feather > MAX_FEATHER || Math.abs(shift) > MAX_SHIFT) {
            throw new IllegalArgumentException("feather must be 0.." + MAX_FEATHER + " px and shift -" + MAX_SHIFT + ".."
                    + MAX_SHIFT + " px");
        }
    }

    public boolean isNone() {
        return feather == 0 && shift == 0;
    }

    /** {@code alpha} (w x h) with the shift, then the feather, applied; the input is not changed. */
    public byte[] apply(byte[] alpha, int w, int h) {
        if (isNone()) {
            return alpha;
        }
        int n = w * h;
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (alpha[i] & 0xFF) / 255f;
        }
        float[] tmp = new float[n];
        float[] out = new float[n];
        if (shift != 0) {
            BoxFilter.meanRadius(a, w, h, 2 * Math.abs(shift), tmp, out);
            float offset = shift > 0 ? 0f : -1f;
            for (int i = 0; i < n; i++) {
                a[i] = Math.min(1f, Math.max(0f, 2f * out[i] + offset));
            }
        }
        if (feather > 0) {
            BoxFilter.meanRadius(a, w, h, feather, tmp, out);
            BoxFilter.meanRadius(out, w, h, feather, tmp, a);
        }
        byte[] result = new byte[n];
        for (int i = 0; i < n; i++) {
            result[i] = (byte) Math.round(a[i] * 255f);
        }
        return result;
    }
}
