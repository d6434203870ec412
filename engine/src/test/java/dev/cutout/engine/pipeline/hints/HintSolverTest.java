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
}
