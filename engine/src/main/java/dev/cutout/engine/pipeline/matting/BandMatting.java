package dev.cutout.engine.pipeline.matting;

import dev.cutout.image.RgbaImage;

/**
 * The band-matting refinement (issue 11 part 4): where the model's alpha is unsure (the trimap's
 * unknown band), solve for alpha from the photo with closed-form matting; every fixed pixel keeps
 * its alpha byte for byte. A photo longer than {@link MattingSettings#maxSolveSide()} is solved on a
 * reduced grid and the solve's change to the prior is stretched back bilinearly onto the
 * full-resolution band. Thread-safe.
 */
public final class BandMatting {

    private final MattingSettings settings;

    public BandMatting(MattingSettings settings) {
        this.settings = settings;
    }

    public MattingSettings settings() {
        return settings;
    }

    /** What a solve did: the alpha and the numbers a benchmark prints. */
    public record Solution(byte[] alpha, int unknowns, int solvedUnknowns, int iterations, double relativeResidual) {
    }

    /** The model's full-resolution {@code alpha} of {@code photo}, refined in its band. */
    public byte[] refine(RgbaImage photo, byte[] alpha) {
        return solve(problem(photo, alpha)).alpha();
    }

    /** The trimap problem of the model's alpha with this refinement's erosion. */
    public MattingProblem problem(RgbaImage photo, byte[] alpha) {
        return MattingProblem.fromAlpha(photo.width(), photo.height(), photo.argb(), alpha, settings.erosion());
    }

    /** Solves {@code problem}, on a reduced grid when it is larger than the settings allow. */
    public Solution solve(MattingProblem problem) {
        int unknowns = problem.unknownCount();
        int longSide = Math.max(problem.width(), problem.height());
        if (unknowns == 0) {
            return new Solution(problem.alpha().clone(), 0, 0, 0, 0);
        }
        if (longSide <= settings.maxSolveSide()) {
            return solveInPlace(problem, unknowns);
        }
        ReducedGrid grid = ReducedGrid.of(problem, settings.maxSolveSide());
        MattingProblem reduced = grid.reduced();
        Solution small = solveInPlace(reduced, reduced.unknownCount());
        byte[] alpha = grid.applyChange(reduced.alpha(), small.alpha());
        return new Solution(alpha, unknowns, small.solvedUnknowns(), small.iterations(), small.relativeResidual());
    }

    private Solution solveInPlace(MattingProblem problem, int unknowns) {
        BandSystem system = BandSystem.of(problem, settings.lambda(), settings.epsilon());
        ConjugateGradient.Outcome outcome = ConjugateGradient.solve(system, settings.maxIterations(), settings.tolerance());
        byte[] alpha = problem.alpha().clone();
        double[] x = outcome.x();
        for (int i = 0; i < x.length; i++) {
            double v = x[i] <= 0 ? 0 : (x[i] >= 1 ? 1 : x[i]);
            alpha[system.pixelOf[i]] = (byte) (int) (v * 255 + 0.5);
        }
        return new Solution(alpha, unknowns, unknowns, outcome.iterations(), outcome.relativeResidual());
    }
}
