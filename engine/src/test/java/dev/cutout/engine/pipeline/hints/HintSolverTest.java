package dev.cutout.engine.pipeline.hints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.engine.pipeline.matting.MattingSettings;
import dev.cutout.image.HintMask;
import dev.cutout.image.RgbaImage;
import org.junit.jupiter.api.Test;

class HintSolverTest {

    private static final int W = 200;
    private static final int H = 100;

    /** A grey background with a red square (x 138..161, y 38..61) that the "model" missed entirely. */
    private static RgbaImage photoWithSquare() {
        int[] argb = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean square = x >= 138 && x < 162 && y >= 38 && y < 62;
                argb[y * W + x] = square ? 0xFFC02020 : 0xFF808080;
            }
        }
        return new RgbaImage(W, H, argb, false);
    }

    private static HintMask keepDot(int cx, int cy, int r) {
        byte[] labels = new byte[W * H];
        for (int y = cy - r; y <= cy + r; y++) {
            for (int x = cx - r; x <= cx + r; x++) {
                labels[y * W + x] = HintMask.KEEP;
            }
        }
        return new HintMask(W, H, labels);
    }

    private static int countOpaqueInSquare(byte[] alpha) {
        int count = 0;
        for (int y = 38; y < 62; y++) {
            for (int x = 138; x < 162; x++) {
                count += (alpha[y * W + x] & 0xFF) >= 128 ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void aKeepStrokeOnAMissedPartBringsBackThePartNotABrushShapedBlob() {
        byte[] missed = new byte[W * H];
        HintMask dot = keepDot(150, 50, 3);

        byte[] solved = new HintSolver(MattingSettings.DEFAULT).apply(photoWithSquare(), missed, dot);
        byte[] painted = BrushPainter.apply(missed, dot);

        assertThat(countOpaqueInSquare(painted)).isEqualTo(49);
        assertThat(countOpaqueInSquare(solved)).as("of the square's 576 pixels").isGreaterThan(500);
        assertThat(solved[10 * W + 20] & 0xFF).as("grey background far away").isZero();
        assertThat(solved[50 * W + 130] & 0xFF).as("grey background beside the square").isLessThan(64);
    }

    @Test
    void withoutStrokesTheAlphaIsUnchanged() {
        byte[] alpha = new byte[W * H];
        alpha[5] = (byte) 200;

        assertThat(new HintSolver(MattingSettings.DEFAULT).apply(photoWithSquare(), alpha, new HintMask(W, H, new byte[W * H])))
                .containsExactly(alpha);
    }

    /** A grey background with a thin red bar (x 40..159, y 48..52) that the "model" missed entirely. */
    private static RgbaImage photoWithThinBar() {
        int[] argb = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean bar = x >= 40 && x < 160 && y >= 48 && y < 53;
                argb[y * W + x] = bar ? 0xFFC02020 : 0xFF808080;
            }
        }
        return new RgbaImage(W, H, argb, false);
    }

    private static HintMask keepDisc(int cx, int cy, int r) {
        byte[] labels = new byte[W * H];
        for (int y = cy - r; y <= cy + r; y++) {
            for (int x = cx - r; x <= cx + r; x++) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) {
                    labels[y * W + x] = HintMask.KEEP;
                }
            }
        }
        return new HintMask(W, H, labels);
    }

    @Test
    void aRoundStrokeWiderThanAThinMissedPartBringsBackThePartButDoesNotSpreadIntoTheBackgroundItCovers() {
        HintMask disc = keepDisc(100, 50, 10);

        byte[] solved = new HintSolver(MattingSettings.DEFAULT).apply(photoWithThinBar(), new byte[W * H], disc);

        byte[] painted = disc.labels();
        for (int i = 0; i < painted.length; i++) {
            if (painted[i] == HintMask.KEEP) {
                assertThat(solved[i] & 0xFF).as("painted pixel %d holds", i).isEqualTo(255);
            }
        }
        assertThat(solved[50 * W + 115] & 0xFF).as("the bar 5 px beyond the disc").isGreaterThan(128);
        // Were the grey half of the disc a seed too, the grey below it would be brought in (179 here).
        assertThat(solved[64 * W + 100] & 0xFF).as("grey 4 px below the disc").isLessThan(32);
        assertThat(solved[38 * W + 80] & 0xFF).as("grey above the bar beside the disc").isLessThan(32);
    }
}
