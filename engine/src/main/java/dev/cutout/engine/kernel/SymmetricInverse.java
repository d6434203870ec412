package dev.cutout.engine.kernel;

/** The inverse of a symmetric 3×3 matrix by cofactors, for the per-window colour fits (guided filter, matting). */
public final class SymmetricInverse {

    private SymmetricInverse() {
    }

    /**
     * Writes the cofactors {@code c00, c01, c02, c11, c12, c22} of the matrix with upper triangle
     * {@code (s00, s01, s02, s11, s12, s22)} into {@code cofactors} and returns {@code 1 / det};
     * the inverse is {@code cofactors × (1 / det)}.
     */
    public static double cofactors(double s00, double s01, double s02, double s11, double s12, double s22,
                                   double[] cofactors) {
        double i00 = s11 * s22 - s12 * s12;
        double i01 = s02 * s12 - s01 * s22;
        double i02 = s01 * s12 - s02 * s11;
        cofactors[0] = i00;
        cofactors[1] = i01;
        cofactors[2] = i02;
        cofactors[3] = s00 * s22 - s02 * s02;
        cofactors[4] = s01 * s02 - s00 * s12;
        cofactors[5] = s00 * s11 - s01 * s01;
        return 1.0 / (s00 * i00 + s01 * i01 + s02 * i02);
    }
}
