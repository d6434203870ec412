package dev.cutout.engine.pipeline.matting;

import dev.cutout.engine.kernel.Dilation;
import dev.cutout.engine.kernel.SymmetricInverse;

/**
 * The closed-form matting system of Levin, Lischinski &amp; Weiss (2008) restricted to the unknown
 * pixels: {@code (L_uu + λI) x = λ·prior_u − L_uk·alpha_k}, with L the matting Laplacian of 3×3
 * windows. Stored as one 5×5 stencil per unknown pixel (two pixels share a window only within
 * two pixels of each other), never as a matrix: memory O(unknowns), plus the pixel → unknown index map.
 */
final class BandSystem {

    static final int SLOTS = 25;
    private static final int CENTRE = 12;
    private static final int WINDOW = 9;
    private static final double INV_255 = 1.0 / 255.0;

    final int width;
    final int[] pixelOf;
    final int[] indexOf;
    final float[] stencil;
    final double[] rhs;
    final double[] prior;
    final double lambda;
    final int[] slotOffset = new int[SLOTS];

    private BandSystem(int width, int[] pixelOf, int[] indexOf, double lambda) {
        this.width = width;
        this.pixelOf = pixelOf;
        this.indexOf = indexOf;
        this.lambda = lambda;
        this.stencil = new float[pixelOf.length * SLOTS];
        this.rhs = new double[pixelOf.length];
        this.prior = new double[pixelOf.length];
        for (int s = 0; s < SLOTS; s++) {
            slotOffset[s] = (s / 5 - 2) * width + (s % 5 - 2);
        }
    }

    int size() {
        return pixelOf.length;
    }

    /** The diagonal of the system matrix (the Jacobi preconditioner). */
    double diagonal(int i) {
        return stencil[i * SLOTS + CENTRE] + lambda;
    }

    /** {@code out = (L_uu + λI) x}; O(unknowns × 25). */
    void multiply(double[] x, double[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            int base = i * SLOTS;
            int p = pixelOf[i];
            double sum = lambda * x[i];
            for (int s = 0; s < SLOTS; s++) {
                float c = stencil[base + s];
                if (c != 0f) {
                    sum += c * x[indexOf[p + slotOffset[s]]];
                }
            }
            out[i] = sum;
        }
    }

    /** Assembles the system of {@code problem}: O(windows touching the band × 81). */
    static BandSystem of(MattingProblem problem, double lambda, double epsilon) {
        int w = problem.width();
        int h = problem.height();
        byte[] labels = problem.labels();
        int n = problem.unknownCount();
        int[] pixelOf = new int[n];
        int[] indexOf = new int[labels.length];
        int next = 0;
        byte[] unknown = new byte[labels.length];
        for (int p = 0; p < labels.length; p++) {
            if (labels[p] == MattingProblem.UNKNOWN) {
                unknown[p] = 1;
                pixelOf[next] = p;
                indexOf[p] = next++;
            } else {
                indexOf[p] = -1;
            }
        }
        BandSystem system = new BandSystem(w, pixelOf, indexOf, lambda);
        byte[] alpha = problem.alpha();
        for (int i = 0; i < n; i++) {
            system.prior[i] = (alpha[pixelOf[i]] & 0xFF) * INV_255;
        }
        // Windows whose centre lies within one pixel of an unknown pixel touch the band.
        byte[] touches = Dilation.square(unknown, w, h, 1);
        WindowFit fit = new WindowFit(epsilon / WINDOW);
        int[] member = new int[WINDOW];
        for (int cy = 1; cy < h - 1; cy++) {
            for (int cx = 1; cx < w - 1; cx++) {
                int c = cy * w + cx;
                if (touches[c] == 0) {
                    continue;
                }
                for (int k = 0; k < WINDOW; k++) {
                    member[k] = c + (k / 3 - 1) * w + (k % 3 - 1);
                }
                fit.fit(problem.argb(), member);
                system.accumulate(fit, member, alpha);
            }
        }
        for (int i = 0; i < n; i++) {
            system.rhs[i] += lambda * system.prior[i];
        }
        return system;
    }

    /** Adds one window's Laplacian entries {@code δ_ab − (1 + d_a·v_b)/9} to the rows of its unknown pixels. */
    private void accumulate(WindowFit fit, int[] member, byte[] alpha) {
        for (int a = 0; a < WINDOW; a++) {
            int ia = indexOf[member[a]];
            if (ia < 0) {
                continue;
            }
            int base = ia * SLOTS;
            for (int b = 0; b < WINDOW; b++) {
                double value = (a == b ? 1.0 : 0.0) - (1.0 + fit.dot(a, b)) / WINDOW;
                int ib = indexOf[member[b]];
                if (ib >= 0) {
                    int slot = (b / 3 - a / 3 + 2) * 5 + (b % 3 - a % 3 + 2);
                    stencil[base + slot] += (float) value;
                } else {
                    rhs[ia] -= value * (alpha[member[b]] & 0xFF) * INV_255;
                }
            }
        }
    }

    /** The colour statistics of one 3×3 window: deviations d and (Σ + ε/9·I)⁻¹·d per pixel. */
    private static final class WindowFit {
        private final double regulariser;
        private final double[] d = new double[WINDOW * 3];
        private final double[] v = new double[WINDOW * 3];
        private final double[] inverse = new double[6];

        WindowFit(double regulariser) {
            this.regulariser = regulariser;
        }

        void fit(int[] argb, int[] member) {
            double mr = 0;
            double mg = 0;
            double mb = 0;
            for (int k = 0; k < WINDOW; k++) {
                int px = argb[member[k]];
                d[3 * k] = ((px >>> 16) & 0xFF) * INV_255;
                d[3 * k + 1] = ((px >>> 8) & 0xFF) * INV_255;
                d[3 * k + 2] = (px & 0xFF) * INV_255;
                mr += d[3 * k];
                mg += d[3 * k + 1];
                mb += d[3 * k + 2];
            }
            mr /= WINDOW;
            mg /= WINDOW;
            mb /= WINDOW;
            double srr = 0;
            double srg = 0;
            double srb = 0;
            double sgg = 0;
            double sgb = 0;
            double sbb = 0;
            for (int k = 0; k < WINDOW; k++) {
                double r = d[3 * k] -= mr;
                double g = d[3 * k + 1] -= mg;
                double b = d[3 * k + 2] -= mb;
                srr += r * r;
                srg += r * g;
                srb += r * b;
                sgg += g * g;
                sgb += g * b;
                sbb += b * b;
            }
            srr = srr / WINDOW + regulariser;
            srg /= WINDOW;
            srb /= WINDOW;
            sgg = sgg / WINDOW + regulariser;
            sgb /= WINDOW;
            sbb = sbb / WINDOW + regulariser;
            double invDet = SymmetricInverse.cofactors(srr, srg, srb, sgg, sgb, sbb, inverse);
            for (int k = 0; k < WINDOW; k++) {
                double r = d[3 * k];
                double g = d[3 * k + 1];
                double b = d[3 * k + 2];
                v[3 * k] = (inverse[0] * r + inverse[1] * g + inverse[2] * b) * invDet;
                v[3 * k + 1] = (inverse[1] * r + inverse[3] * g + inverse[4] * b) * invDet;
                v[3 * k + 2] = (inverse[2] * r + inverse[4] * g + inverse[5] * b) * invDet;
            }
        }

        double dot(int a, int b) {
            return d[3 * a] * v[3 * b] + d[3 * a + 1] * v[3 * b + 1] + d[3 * a + 2] * v[3 * b + 2];
        }
    }
}
