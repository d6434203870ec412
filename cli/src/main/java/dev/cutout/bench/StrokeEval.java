package dev.cutout.bench;

import dev.cutout.bench.strokes.StrokeSimulation;
import dev.cutout.engine.config.CutoutConfig;
import dev.cutout.engine.config.CutoutConfigLoader;
import dev.cutout.engine.pipeline.CutoutEngine;
import dev.cutout.engine.pipeline.CutoutPipeline;
import dev.cutout.engine.pipeline.hints.BrushPainter;
import dev.cutout.engine.pipeline.hints.HintSolver;
import dev.cutout.engine.pipeline.matting.MattingSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./cutout eval-strokes}: strokes to a good cut-out. On every evaluation set, the stroke
 * simulator refines Cutout's default matte with the plain brush (paints pixels) and with the hint
 * solver (strokes spread along the photo's edges): mean strokes to IoU 0.95 (cap 10) and the MAE
 * after 1, 3 and 5 strokes.
 */
public final class StrokeEval {

    /** The simulated brush: a disc of 2 % of the photo's long side. */
    static final double BRUSH_FRACTION = 0.02;
    private static final int[] AFTER = {0, 1, 3, 5};

    private StrokeEval() {
    }

    public static void main(String[] args) throws IOException {
        boolean perImage = List.of(args).contains("--per-image");
        EvalArguments arguments = EvalArguments.parse(List.of(args).stream().filter(a -> !a.equals("--per-image")).toArray(String[]::new));
        CutoutConfig config = CutoutConfigLoader.load();
        PrintStream out = System.out;
        HintSolver solver = new HintSolver(MattingSettings.DEFAULT);
        out.printf(Locale.ROOT, "Strokes to a good cut-out, model %s; brush radius %.0f %% of the long side; goal IoU %.2f, cap %d%n",
                config.model(), BRUSH_FRACTION * 100, StrokeSimulation.GOAL_IOU, StrokeSimulation.MAX_STROKES);
        try (CutoutEngine engine = BenchEngine.start("eval-strokes", config)) {
            CutoutPipeline pipeline = engine.pipeline();
            EvalContext context = new EvalContext(engine.model(), new ViewMatteCache(arguments.cache()));
            for (EvalSet set : EvalSets.load(arguments.shared(), arguments.real())) {
                List<StrokeSimulation.Trace> brush = new ArrayList<>();
                List<StrokeSimulation.Trace> hints = new ArrayList<>();
                for (EvalImage image : set.images()) {
                    int w = image.photo().width();
                    int h = image.photo().height();
                    byte[] model = pipeline.estimator().estimate(image.photo(), pipeline.ensembles().standard(),
                            context.modelFor(image)).alpha();
                    int radius = Math.max(4, (int) Math.round(BRUSH_FRACTION * Math.max(w, h)));
                    brush.add(StrokeSimulation.run(model, image.truth(), w, h, radius, BrushPainter::apply));
                    hints.add(StrokeSimulation.run(model, image.truth(), w, h, radius,
                            (alpha, strokes) -> solver.apply(image.photo(), alpha, strokes)));
                    if (perImage) {
                        out.printf(Locale.ROOT, "  %s/%s %dx%d: strokes brush %d, solver %d; MAE after 1: %.4f vs %.4f%n", set.name(),
                                image.name(), w, h, brush.get(brush.size() - 1).strokesToGoal(), hints.get(hints.size() - 1).strokesToGoal(),
                                brush.get(brush.size() - 1).after(1).mae(), hints.get(hints.size() - 1).after(1).mae());
                    }
                }
                out.printf(Locale.ROOT, "%n%s (%d photos)%n", set.name(), set.images().size());
                out.printf(Locale.ROOT, "%-22s %10s %8s %8s %8s %8s %8s %12s%n", "method", "strokes", "reached", "MAE 0",
                        "MAE 1", "MAE 3", "MAE 5", "ms / round");
                row(out, "brush paints pixels", brush);
                row(out, "hint solver", hints);
            }
        }
    }

    private static void row(PrintStream out, String name, List<StrokeSimulation.Trace> traces) {
        double strokes = traces.stream().mapToInt(StrokeSimulation.Trace::strokesToGoal).average().orElse(0);
        long reached = traces.stream().filter(t -> t.after(StrokeSimulation.MAX_STROKES).iou() >= StrokeSimulation.GOAL_IOU).count();
        out.printf(Locale.ROOT, "%-22s %10.2f %4d/%-3d", name, strokes, reached, traces.size());
        for (int n : AFTER) {
            out.printf(Locale.ROOT, " %8.4f", traces.stream().mapToDouble(t -> t.after(n).mae()).average().orElse(0));
        }
        out.printf(Locale.ROOT, " %12.0f%n", traces.stream().mapToDouble(StrokeSimulation.Trace::refineMillis).average().orElse(0));
    }
}
