package dev.cutout.engine.pipeline.matting;

import dev.cutout.engine.kernel.Parallel;

/**
 * Jacobi-preconditioned conjugate gradient on a {@link BandSystem}, started from the prior (the
 * model's alpha), so a few hundred iterations suffice for the band. Five vectors of the band's size;
 * each iteration is one stencil product, O(unknowns × 25), split over the cores.
 */
final class ConjugateGradient {

    /** The solution and how the iteration ended. */
    record Outcome(double[] x, int iterations, double relativeResidual) {
    }

    private ConjugateGradient() {
    }

    static Outcome solve(BandSystem system, int maxIterations, double tolerance) {
        int n = system.size();
        double[] x = system.prior.clone();
        double[] r = new double[n];
        double[] z = new double[n];
        double[] p = new double[n];
        double[] q = new double[n];
        double[] inverseDiagonal = new double[n];
        for (int i = 0; i < n; i++) {
            inverseDiagonal[i] = 1.0 / system.diagonal(i);
        }
        multiply(system, x, q);
        double bNorm = 0;
        double rz = 0;
        for (int i = 0; i < n; i++) {
            r[i] = system.rhs[i] - q[i];
            z[i] = r[i] * inverseDiagonal[i];
            p[i] = z[i];
            rz += r[i] * z[i];
            bNorm += system.rhs[i] * system.rhs[i];
        }
        double stop = tolerance * tolerance * Math.max(bNorm, Double.MIN_NORMAL);
        double rr = dot(r, r);
        int iteration = 0;
        while (iteration < maxIterations && rr > stop) {
            multiply(system, p, q);
            double step = rz / dot(p, q);
            double rzNext = 0;
            rr = 0;
            for (int i = 0; i < n; i++) {
                x[i] += step * p[i];
                r[i] -= step * q[i];
                z[i] = r[i] * inverseDiagonal[i];
                rzNext += r[i] * z[i];
                rr += r[i] * r[i];
            }
            double beta = rzNext / rz;
            rz = rzNext;
            for (int i = 0; i < n; i++) {
                p[i] = z[i] + beta * p[i];
            }
            iteration++;
        }
        return new Outcome(x, iteration, Math.sqrt(rr / Math.max(bNorm, Double.MIN_NORMAL)));
    }

    private static void multiply(BandSystem system, double[] x, double[] out) {
        Parallel.forRanges(system.size(), BandSystem.SLOTS, (from, to) -> system.multiply(x, out, from, to));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
