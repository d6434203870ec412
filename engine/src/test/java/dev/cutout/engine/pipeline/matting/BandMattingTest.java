package dev.cutout.engine.pipeline.matting;

import dev.cutout.image.RgbaImage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BandMattingTest {

    private static final int W = 64;
    private static final int H = 24;
    private static final int RED = 0xFFD02010;
    private static final int BLUE = 0xFF1030C0;
    private static final BandMatting SOLVER = new BandMatting(MattingSettings.DEFAULT);
    /** Strokes should outweigh the model: a weaker prior than the band refinement's. */
    private static final BandMatting EDITOR = new BandMatting(MattingSettings.DEFAULT.withLambda(1e-3));

    @Test
    void recoversASoftRampBetterThanTheBlurredPrior() {
        double[] truth = ramp(28, 36);
        RgbaImage photo = composite(truth, W, H);
        byte[] prior = blurredStep(32, 8);

        byte[] solved = SOLVER.refine(photo, prior);

        double priorError = mae(prior, truth);
        double solvedError = mae(solved, truth);
        assertThat(priorError).isGreaterThan(0.02);
        assertThat(solvedError).isLessThan(priorError / 4);
    }

    @Test
    void changesNothingOutsideTheBand() {
        RgbaImage photo = composite(ramp(28, 36), W, H);
        byte[] prior = blurredStep(32, 8);
        MattingProblem problem = SOLVER.problem(photo, prior);

        byte[] solved = SOLVER.solve(problem).alpha();

        int changed = 0;
        for (int i = 0; i < prior.length; i++) {
            if (problem.labels()[i] != MattingProblem.UNKNOWN) {
                assertThat(solved[i]).isEqualTo(prior[i]);
            } else if (solved[i] != prior[i]) {
                changed++;
            }
        }
        assertThat(problem.unknownCount()).isBetween(1, W * H / 2);
        assertThat(changed).isPositive();
    }

    @Test
    void aKeepStrokeOnARegionFlipsItToForeground() {
        // A red square on blue; the model thinks the square is faint background (alpha 0.2).
        int[] argb = new int[W * H];
        byte[] prior = new byte[W * H];
        byte[] keep = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean square = x >= 20 && x < 40 && y >= 4 && y < 20;
                argb[y * W + x] = square ? RED : BLUE;
                prior[y * W + x] = (byte) (square ? 51 : 0);
                keep[y * W + x] = (byte) (x >= 28 && x < 31 && y >= 10 && y < 13 ? 1 : 0);
            }
        }
        MattingProblem plain = MattingProblem.fromAlpha(W, H, argb, prior, 1);
        byte[] without = EDITOR.solve(plain).alpha();
        byte[] with = EDITOR.solve(plain.withStrokes(keep, new byte[W * H])).alpha();

        assertThat(without[5 * W + 22] & 0xFF).isLessThan(64);
        assertThat(with[5 * W + 22] & 0xFF).isGreaterThan(230);
        assertThat(with[18 * W + 38] & 0xFF).isGreaterThan(230);
        assertThat(with[12 * W + 50] & 0xFF).isZero();
        assertThat(with[11 * W + 29] & 0xFF).isEqualTo(255);
    }

    @Test
    void anEraseStrokeIsAHardConstraintInsideTheBand() {
        RgbaImage photo = composite(ramp(28, 36), W, H);
        MattingProblem problem = SOLVER.problem(photo, blurredStep(32, 8));
        byte[] erase = new byte[W * H];
        erase[12 * W + 34] = 1;

        byte[] solved = SOLVER.solve(problem.withStrokes(new byte[W * H], erase)).alpha();

        assertThat(solved[12 * W + 34] & 0xFF).isZero();
    }

    @Test
    void aReducedGridKeepsTheSizeAndTheFixedPixels() {
        int w = 240;
        int h = 90;
        double[] truth = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                truth[y * w + x] = Math.max(0, Math.min(1, (x - 100) / 40.0));
            }
        }
        RgbaImage photo = composite(truth, w, h);
        byte[] prior = new byte[w * h];
        for (int i = 0; i < prior.length; i++) {
            int x = i % w;
            prior[i] = (byte) Math.round(255 * Math.max(0, Math.min(1, (x - 90) / 60.0)));
        }
        BandMatting reduced = new BandMatting(MattingSettings.DEFAULT.withMaxSolveSide(80));
        MattingProblem problem = reduced.problem(photo, prior);

        byte[] solved = reduced.solve(problem).alpha();

        assertThat(solved).hasSize(w * h);
        for (int i = 0; i < prior.length; i++) {
            if (problem.labels()[i] != MattingProblem.UNKNOWN) {
                assertThat(solved[i]).isEqualTo(prior[i]);
            }
        }
        assertThat(mae(solved, truth)).isLessThan(mae(prior, truth));
    }

    /** Alpha rising linearly from 0 at {@code x0} to 1 at {@code x1}, the same on every row. */
    private static double[] ramp(int x0, int x1) {
        double[] a = new double[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                a[y * W + x] = Math.max(0, Math.min(1, (x + 0.5 - x0) / (x1 - x0)));
            }
        }
        return a;
    }

    /** A step at {@code edge} box-blurred to a ramp of {@code radius} on each side: the model's kind of soft edge. */
    private static byte[] blurredStep(int edge, int radius) {
        byte[] a = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double v = Math.max(0, Math.min(1, (x + 0.5 - (edge - radius)) / (2.0 * radius)));
                a[y * W + x] = (byte) Math.round(255 * v);
            }
        }
        return a;
    }

    private static RgbaImage composite(double[] alpha, int w, int h) {
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++) {
            double a = alpha[i];
            int r = (int) Math.round(a * ((RED >> 16) & 0xFF) + (1 - a) * ((BLUE >> 16) & 0xFF));
            int g = (int) Math.round(a * ((RED >> 8) & 0xFF) + (1 - a) * ((BLUE >> 8) & 0xFF));
            int b = (int) Math.round(a * (RED & 0xFF) + (1 - a) * (BLUE & 0xFF));
            argb[i] = 0xFF000000 | r << 16 | g << 8 | b;
        }
        return new RgbaImage(w, h, argb, false);
    }

    private static double mae(byte[] alpha, double[] truth) {
        double s = 0;
        for (int i = 0; i < alpha.length; i++) {
            s += Math.abs((alpha[i] & 0xFF) / 255.0 - truth[i]);
        }
        return s / alpha.length;
    }
}
