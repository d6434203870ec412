package dev.cutout.bench.strokes;

import dev.cutout.bench.MatteScore;
import dev.cutout.image.HintMask;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stroke simulator: from the model's matte, place a stroke where the matte is most wrong,
 * re-apply every stroke so far to the model's matte (as the editor does), score, repeat until the
 * IoU reaches the goal or the cap. Method-agnostic: the baseline paints pixels, the solver spreads.
 */
public final class StrokeSimulation {

    public static final double GOAL_IOU = 0.95;
    public static final int MAX_STROKES = 10;

    /** A refine method: the model's matte and the strokes so far → the refined matte. */
    public interface Refiner {
        byte[] apply(byte[] modelAlpha, HintMask strokes);
    }

    /** Scores after 0, 1, 2 … strokes (index = strokes), and the strokes it took to reach the goal (cap if never). */
    public record Trace(List<MatteScore> scores, int strokesToGoal, double refineMillis) {

        public MatteScore after(int strokes) {
            return scores.get(Math.min(strokes, scores.size() - 1));
        }
    }

    private StrokeSimulation() {
    }

    public static Trace run(byte[] modelAlpha, byte[] truth, int w, int h, int radius, Refiner refiner) {
        List<MatteScore> scores = new ArrayList<>();
        byte[] labels = new byte[w * h];
        byte[] alpha = modelAlpha;
        scores.add(MatteScore.of(alpha, truth, w, h));
        int toGoal = scores.get(0).iou() >= GOAL_IOU ? 0 : -1;
        double millis = 0;
        for (int s = 1; s <= MAX_STROKES && toGoal < 0; s++) {
            Optional<StrokePlacer.Stroke> stroke = StrokePlacer.next(alpha, truth, w, h);
            if (stroke.isEmpty()) {
                toGoal = s - 1;
                break;
            }
            StrokePlacer.paint(labels, w, h, stroke.get(), radius);
            long t0 = System.nanoTime();
            alpha = refiner.apply(modelAlpha, new HintMask(w, h, labels.clone()));
            millis += (System.nanoTime() - t0) / 1e6;
            scores.add(MatteScore.of(alpha, truth, w, h));
            if (scores.get(s).iou() >= GOAL_IOU) {
                toGoal = s;
            }
        }
        // Past the goal the matte stays as it is: later rows repeat the last score.
        return new Trace(List.copyOf(scores), toGoal < 0 ? MAX_STROKES : toGoal, millis / Math.max(1, scores.size() - 1));
    }
}
