package dev.cutout.bench.strokes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.image.HintMask;
import org.junit.jupiter.api.Test;

class StrokeSimulationTest {

    private static final int W = 40;
    private static final int H = 20;

    /** Truth: a 10x10 square at (25..34, 5..14) and a 2x2 one at (2..3, 2..3); the matte found neither. */
    private static byte[] truth() {
        byte[] t = new byte[W * H];
        for (int y = 5; y < 15; y++) {
            for (int x = 25; x < 35; x++) {
                t[y * W + x] = (byte) 255;
            }
        }
        for (int y = 2; y < 4; y++) {
            for (int x = 2; x < 4; x++) {
                t[y * W + x] = (byte) 255;
            }
        }
        return t;
    }

    @Test
    void placesAKeepStrokeAtTheCentreOfTheLargestMissedRegion() {
        StrokePlacer.Stroke stroke = StrokePlacer.next(new byte[W * H], truth(), W, H).orElseThrow();

        assertThat(stroke.label()).isEqualTo(HintMask.KEEP);
        assertThat(stroke.x()).isBetween(28, 31);
        assertThat(stroke.y()).isBetween(8, 11);
    }

    @Test
    void scoresTheMatteAfterEachStrokeAppliedToTheModelsMatte() {
        StrokeSimulation.Trace trace = StrokeSimulation.run(new byte[W * H], truth(), W, H, 6,
                (alpha, strokes) -> dev.cutout.engine.pipeline.hints.BrushPainter.apply(alpha, strokes));

        assertThat(trace.after(0).iou()).isZero();
        assertThat(trace.after(1).iou()).as("the first stroke covers the large square").isGreaterThan(0.7);
        assertThat(trace.scores()).hasSizeBetween(2, StrokeSimulation.MAX_STROKES + 1);
    }
}
