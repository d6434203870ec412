package dev.cutout.engine.pipeline.matting;

/**
 * How the band solve runs (QUALITY.md, "Matting in the uncertain band").
 *
 * @param erosion       pixels by which the sure foreground (alpha ≥ 0.98) and sure background (≤ 0.02) are eroded
 * @param lambda        weight of the model's alpha as a prior on every unknown pixel
 * @param epsilon       regulariser of the closed-form window fit, in 0..1 colour units
 * @param maxSolveSide  photos whose long side exceeds this are solved on a grid reduced to it
 * @param maxIterations conjugate-gradient iterations at most
 * @param tolerance     relative residual at which the conjugate gradient stops
 */
public record MattingSettings(int erosion, double lambda, double epsilon, int maxSolveSide, int maxIterations,
                              double tolerance) {

    /** The measured choice (see the README's band-matting table). */
    public static final MattingSettings DEFAULT = new MattingSettings(1, 1e-2, 1e-6, 1536, 400, 1e-4);

    public MattingSettings {
        if (erosion < 0 || !(lambda > 0) || !(epsilon > 0) || maxSolveSide < 3 || maxIterations < 1 || !(tolerance > 0)) {
            throw new IllegalArgumentException("invalid matting settings: " + erosion + ", " + lambda + ", " + epsilon
                    + ", " + maxSolveSide + ", " + maxIterations + ", " + tolerance);
        }
    }

    public MattingSettings withErosion(int k) {
        return new MattingSettings(k, lambda, epsilon, maxSolveSide, maxIterations, tolerance);
    }

    public MattingSettings withLambda(double l) {
        return new MattingSettings(erosion, l, epsilon, maxSolveSide, maxIterations, tolerance);
    }

    public MattingSettings withEpsilon(double e) {
        return new MattingSettings(erosion, lambda, e, maxSolveSide, maxIterations, tolerance);
    }

    public MattingSettings withTolerance(double t) {
        return new MattingSettings(erosion, lambda, epsilon, maxSolveSide, maxIterations, t);
    }

    public MattingSettings withMaxSolveSide(int side) {
        return new MattingSettings(erosion, lambda, epsilon, side, maxIterations, tolerance);
    }
}
