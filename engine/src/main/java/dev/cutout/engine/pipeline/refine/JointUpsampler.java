package dev.cutout.engine.pipeline.refine;

import dev.cutout.engine.kernel.BoxFilter;
import dev.cutout.engine.kernel.GridResampler;
import dev.cutout.engine.kernel.Parallel;
import dev.cutout.engine.kernel.SymmetricInverse;
import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.model.ModelInput;
import dev.cutout.image.RgbaImage;

/**
 * Joint (guided) upsampling, the default refinement (QUALITY.md): the colour guided filter of
 * He et al. is fitted on the model grid with the model input as guide, giving a local linear model
 * {@code alpha ≈ a·I + b}; the coefficient maps are stretched bilinearly to the photo and applied to
 * the full-resolution colours, so matte edges snap to the photo's edges without a full-resolution
 * filter (which QUALITY.md measured to add texture).
 *
 * <p>Cost: O(grid²) for the fit (17 box filters on the grid) plus O(W·H) for the apply, done
 * row by row so no full-resolution float map is held.
 */
public final class JointUpsampler implements MatteUpsampler {

    /** Window radius on the grid: 3x3, as measured. */
    public static final int DEFAULT_RADIUS = 1;
    /** Regulariser in 0..1 colour units, as measured. */
    public static final double DEFAULT_EPSILON = 1e-4;

    private static final float INV_255 = 1f / 255f;

    private final int radius;
    private final double epsilon;

    public JointUpsampler() {
        this(DEFAULT_RADIUS, DEFAULT_EPSILON);
    }

    public JointUpsampler(int radius, double epsilon) {
        if (radius < 0 || !(epsilon > 0)) {
            throw new IllegalArgumentException("radius must be >= 0 and epsilon > 0: " + radius + ", " + epsilon);
        }
        this.radius = radius;
        this.epsilon = epsilon;
    }

    @Override
    public byte[] upsample(GridMatte matte, ModelInput guide, RgbaImage photo) {
        if (guide.size() != matte.size()) {
            throw new IllegalArgumentException("guide grid " + guide.size() + " != matte grid " + matte.size());
        }
        float[][] coefficients = fit(matte, guide);
        return apply(coefficients, matte.size(), photo);
    }

    /** Returns the box-averaged {aR, aG, aB, b} maps on the grid. */
    public float[][] fit(GridMatte matte, ModelInput guide) {
        int n = matte.size();
        int plane = n * n;
        float[] chw = guide.chw();
        float[] p = matte.alpha();
        float[][] guideRgb = new float[3][plane];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < plane; i++) {
                guideRgb[c][i] = chw[c * plane + i] * INV_255;
            }
        }
        float[] tmp = new float[plane];
        float[] product = new float[plane];
        float[][] meanI = new float[3][];
        float[][] meanIp = new float[3][];
        for (int c = 0; c < 3; c++) {
            meanI[c] = box(guideRgb[c], n, tmp);
            multiply(guideRgb[c], p, product);
            meanIp[c] = box(product, n, tmp);
        }
        float[] meanP = box(p, n, tmp);
        // Second moments of the guide, upper triangle: rr, rg, rb, gg, gb, bb.
        float[][] meanII = new float[6][];
        int k = 0;
        for (int c1 = 0; c1 < 3; c1++) {
            for (int c2 = c1; c2 < 3; c2++) {
                multiply(guideRgb[c1], guideRgb[c2], product);
                meanII[k++] = box(product, n, tmp);
            }
        }
        float[][] ab = solve(meanI, meanIp, meanP, meanII, plane);
        for (int c = 0; c < 4; c++) {
            ab[c] = box(ab[c], n, tmp);
        }
        return ab;
    }

    /** Per grid pixel: a = (Σ + εI)⁻¹ cov(I, p), b = mean(p) − a·mean(I). */
    private float[][] solve(float[][] meanI, float[][] meanIp, float[] meanP, float[][] meanII, int plane) {
        float[][] ab = new float[4][plane];
        float[] mR = meanI[0];
        float[] mG = meanI[1];
        float[] mB = meanI[2];
        float[] mRp = meanIp[0];
        float[] mGp = meanIp[1];
        float[] mBp = meanIp[2];
        float[] mRR = meanII[0];
        float[] mRG = meanII[1];
        float[] mRB = meanII[2];
        float[] mGG = meanII[3];
        float[] mGB = meanII[4];
        float[] mBB = meanII[5];
        float[] aR = ab[0];
        float[] aG = ab[1];
        float[] aB = ab[2];
        float[] b = ab[3];
        Parallel.forRanges(plane, 1, (i0, i1) -> {
            double[] inverse = new double[6];
            for (int i = i0; i < i1; i++) {
                double mr = mR[i];
                double mg = mG[i];
                double mb = mB[i];
                double mp = meanP[i];
                double cr = mRp[i] - mr * mp;
                double cg = mGp[i] - mg * mp;
                double cb = mBp[i] - mb * mp;
                double srr = mRR[i] - mr * mr + epsilon;
                double srg = mRG[i] - mr * mg;
                double srb = mRB[i] - mr * mb;
                double sgg = mGG[i] - mg * mg + epsilon;
                double sgb = mGB[i] - mg * mb;
                double sbb = mBB[i] - mb * mb + epsilon;
                double invDet = SymmetricInverse.cofactors(srr, srg, srb, sgg, sgb, sbb, inverse);
                double i00 = inverse[0];
                double i01 = inverse[1];
                double i02 = inverse[2];
                double i11 = inverse[3];
                double i12 = inverse[4];
                double i22 = inverse[5];
                double ar = (i00 * cr + i01 * cg + i02 * cb) * invDet;
                double ag = (i01 * cr + i11 * cg + i12 * cb) * invDet;
                double abl = (i02 * cr + i12 * cg + i22 * cb) * invDet;
                aR[i] = (float) ar;
                aG[i] = (float) ag;
                aB[i] = (float) abl;
                b[i] = (float) (mp - ar * mr - ag * mg - abl * mb);
            }
        });
        return ab;
    }

    private static byte[] apply(float[][] ab, int gridSize, RgbaImage photo) {
        int width = photo.width();
        int height = photo.height();
        int[] argb = photo.argb();
        GridResampler resampler = new GridResampler(gridSize, width, height);
        byte[] alpha = new byte[width * height];
        int[] lower = resampler.lowerColumns();
        float[] frac = resampler.columnFractions();
        Parallel.forRanges(height, width, (y0, y1) -> {
            float[] ar = new float[gridSize + 1];
            float[] ag = new float[gridSize + 1];
            float[] abl = new float[gridSize + 1];
            float[] b = new float[gridSize + 1];
            for (int y = y0; y < y1; y++) {
                resampler.blendRows(ab[0], y, ar);
                resampler.blendRows(ab[1], y, ag);
                resampler.blendRows(ab[2], y, abl);
                resampler.blendRows(ab[3], y, b);
                int off = y * width;
                for (int x = 0; x < width; x++) {
                    int i = lower[x];
                    float f = frac[x];
                    int px = argb[off + x];
                    float q = (lerp(ar, i, f) * ((px >>> 16) & 0xFF) + lerp(ag, i, f) * ((px >>> 8) & 0xFF)
                            + lerp(abl, i, f) * (px & 0xFF)) * INV_255 + lerp(b, i, f);
                    alpha[off + x] = BilinearUpsampler.toByte(q);
                }
            }
        });
        return alpha;
    }

    private float[] box(float[] src, int n, float[] tmp) {
        float[] dst = new float[src.length];
        BoxFilter.meanRadius(src, n, n, radius, tmp, dst);
        return dst;
    }

    private static float lerp(float[] row, int i, float f) {
        float l = row[i];
        return l + f * (row[i + 1] - l);
    }

    private static void multiply(float[] a, float[] b, float[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = a[i] * b[i];
        }
    }
}
