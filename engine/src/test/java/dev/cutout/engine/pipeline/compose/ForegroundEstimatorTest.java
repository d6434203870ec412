package dev.cutout.engine.pipeline.compose;

import dev.cutout.image.RgbaImage;
import dev.cutout.image.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ForegroundEstimatorTest {

    private static final int W = 300;
    private static final int H = 120;
    private static final int FG = TestImages.rgb(220, 30, 30);
    private static final int BG = TestImages.rgb(20, 40, 200);

    /** Ramp width: a soft edge of hair or a blurred contour, a few pixels wide. */
    private static final int RAMP = 10;

    /** Opaque red left of x=100, a linear ramp to transparent over RAMP px, blue beyond. */
    private static int alphaAt(int x) {
        if (x < 100) {
            return 255;
        }
        if (x >= 100 + RAMP) {
            return 0;
        }
        return Math.round(255f * (100 + RAMP - x) / RAMP);
    }

    private static int composite(int x) {
        float a = alphaAt(x) / 255f;
        return TestImages.rgb(mix(TestImages.red(FG), TestImages.red(BG), a),
                mix(TestImages.green(FG), TestImages.green(BG), a), mix(TestImages.blue(FG), TestImages.blue(BG), a));
    }

    private static int mix(int f, int b, float a) {
        return Math.round(f * a + b * (1 - a));
    }

    @Test
    void recoversTheRedForegroundFromARedOverBlueComposite() {
        RgbaImage photo = TestImages.opaque(W, H, (x, y) -> composite(x));
        byte[] alpha = new byte[W * H];
        int[] out = new int[W * H];
        for (int i = 0; i < alpha.length; i++) {
            alpha[i] = (byte) alphaAt(i % W);
            out[i] = photo.argb()[i];
        }
        new ForegroundEstimator().estimate(photo, alpha, out);

        double before = 0;
        double after = 0;
        int soft = 0;
        for (int i = 0; i < alpha.length; i++) {
            int a = alpha[i] & 0xFF;
            if (a > 0 && a < 255) {
                before += colourError(photo.argb()[i]);
                after += colourError(out[i]);
                soft++;
            } else {
                assertThat(out[i]).isEqualTo(photo.argb()[i]);
            }
        }
        before /= soft;
        after /= soft;
        // A numpy transcription of the paper's code gives 63.3 before and 3.5 after on this image.
        assertThat(before).isGreaterThan(60);
        assertThat(after).isLessThan(0.1 * before);
    }

    @Test
    void firstStageOnAReducedGridMatchesTheFullResolutionStage() {
        int w = 2400;
        int h = 200;
        RgbaImage photo = TestImages.opaque(w, h, (x, y) -> composite((x + y / 4) % W));
        byte[] alpha = new byte[w * h];
        for (int i = 0; i < alpha.length; i++) {
            alpha[i] = (byte) alphaAt((i % w + (i / w) / 4) % W);
        }
        int[] reduced = photo.argb().clone();
        int[] exact = photo.argb().clone();
        new ForegroundEstimator().estimate(photo, alpha, reduced); // factor 3
        new ForegroundEstimator(ForegroundEstimator.DEFAULT_COARSE_WINDOW, ForegroundEstimator.DEFAULT_FINE_WINDOW, w)
                .estimate(photo, alpha, exact); // factor 1
        double diff = 0;
        for (int i = 0; i < exact.length; i++) {
            diff += Math.abs(TestImages.red(reduced[i]) - TestImages.red(exact[i]))
                    + Math.abs(TestImages.green(reduced[i]) - TestImages.green(exact[i]))
                    + Math.abs(TestImages.blue(reduced[i]) - TestImages.blue(exact[i]));
        }
        assertThat(diff / (3.0 * exact.length)).isLessThan(0.5);
    }

    @Test
    void leavesAnImageWithoutSoftPixelsUntouched() {
        RgbaImage photo = TestImages.opaque(W, H, (x, y) -> composite(x));
        byte[] alpha = new byte[W * H];
        int[] out = new int[W * H];
        for (int i = 0; i < alpha.length; i++) {
            alpha[i] = (byte) (i % W < 130 ? 255 : 0);
            out[i] = 0x12345678;
        }
        new ForegroundEstimator().estimate(photo, alpha, out);
        assertThat(out).containsOnly(0x12345678);
    }

    /** Mean absolute RGB distance to the true foreground, 0..255. */
    private static double colourError(int argb) {
        return (Math.abs(TestImages.red(argb) - TestImages.red(FG)) + Math.abs(TestImages.green(argb) - TestImages.green(FG))
                + Math.abs(TestImages.blue(argb) - TestImages.blue(FG))) / 3.0;
    }
}
