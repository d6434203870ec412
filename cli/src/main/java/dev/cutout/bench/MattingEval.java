package dev.cutout.bench;

import dev.cutout.engine.config.CutoutConfig;
import dev.cutout.engine.config.CutoutConfigLoader;
import dev.cutout.engine.pipeline.CutoutEngine;
import dev.cutout.engine.pipeline.CutoutPipeline;
import dev.cutout.engine.pipeline.matting.BandMatting;
import dev.cutout.engine.pipeline.matting.MattingProblem;
import dev.cutout.engine.pipeline.matting.MattingSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ./cutout eval-matting}: the shipped default alpha against the same alpha refined by the
 * band-matting solve, over erosion k, prior weight λ, ε and the solve grid, on every evaluation set:
 * the quality table of {@code ./cutout eval} (compared with the default, photo by photo, paired
 * bootstrap) and the solve's cost — seconds per megapixel, milliseconds per million band pixels,
 * CG iterations and the heap the solve adds. Prints numbers; never fails a build.
 */
public final class MattingEval {

    private static final double MEGA = 1e6;

    private MattingEval() {
    }

    /** One solver configuration and its label. */
    private record Config(String name, MattingSettings settings) {
    }

    /** The cost of one configuration over a set. */
    private static final class Cost {
        double solveMillis;
        long pixels;
        long unknowns;
        long solved;
        long iterations;
        long peakHeapMib;
        int images;
    }

    /**
     * Besides {@code ./cutout eval}'s arguments: {@code --sets a,b} scores only the named sets,
     * {@code --quick} only the two candidates (k=1 λ=1e-2, and QUALITY.md's k=2 λ=1e-3).
     */
    public static void main(String[] args) throws IOException {
        List<String> rest = new ArrayList<>(List.of(args));
        Optional<List<String>> only = Optional.empty();
        int at = rest.indexOf("--sets");
        if (at >= 0 && at + 1 < rest.size()) {
            only = Optional.of(List.of(rest.get(at + 1).split(",")));
            rest.subList(at, at + 2).clear();
        }
        boolean quick = rest.remove("--quick");
        EvalArguments arguments = EvalArguments.parse(rest.toArray(String[]::new));
        CutoutConfig config = CutoutConfigLoader.load();
        List<String> names = only.orElse(List.of());
        List<EvalSet> sets = EvalSets.load(arguments.shared(), arguments.real()).stream()
                .filter(set -> names.isEmpty() || names.contains(set.name())).toList();
        List<Config> configs = configs(quick);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "Band matting eval, model %s; model runs cached in %s%n", config.model(), arguments.cache());
        out.println("baseline = CUTOUT DEFAULT (the shipped standard ensemble + joint upsampling); each other row = that alpha");
        out.println("+ closed-form band solve (k = trimap erosion px, lam = prior weight, eps, solve grid long side)");
        try (CutoutEngine engine = BenchEngine.start("eval-matting", config)) {
            CutoutPipeline pipeline = engine.pipeline();
            EvalContext context = new EvalContext(engine.model(), new ViewMatteCache(arguments.cache()));
            for (EvalSet set : sets) {
                run(out, set, pipeline, context, configs, arguments.perImage());
            }
        }
    }

    private static List<Config> configs(boolean quick) {
        List<Config> configs = new ArrayList<>();
        MattingSettings base = MattingSettings.DEFAULT;
        if (quick) {
            return List.of(config(base.withErosion(1).withLambda(1e-2)), config(base.withErosion(2).withLambda(1e-3)));
        }
        for (int k : new int[] {1, 2, 4}) {
            for (double lambda : new double[] {1e-3, 1e-2}) {
                configs.add(config(base.withErosion(k).withLambda(lambda)));
            }
        }
        configs.add(config(base.withErosion(1).withLambda(1e-3).withTolerance(1e-3)));
        configs.add(config(base.withEpsilon(1e-5)));
        configs.add(config(base.withEpsilon(1e-7)));
        configs.add(config(base.withMaxSolveSide(768)));
        return configs;
    }

    private static Config config(MattingSettings s) {
        return new Config(String.format(Locale.ROOT, "+band k=%d lam=%.0e eps=%.0e side<=%d tol=%.0e", s.erosion(),
                s.lambda(), s.epsilon(), s.maxSolveSide(), s.tolerance()), s);
    }

    private static void run(PrintStream out, EvalSet set, CutoutPipeline pipeline, EvalContext context,
                            List<Config> configs, boolean perImage) {
        int runs = pipeline.ensembles().standard().modelRuns();
        List<SetResult> results = new ArrayList<>();
        results.add(new SetResult(new EvalVariant("CUTOUT DEFAULT: " + pipeline.ensembles().standard().spec(), runs,
                true, (s, i, c) -> Optional.empty())));
        List<Cost> costs = new ArrayList<>();
        for (Config c : configs) {
            results.add(new SetResult(new EvalVariant(c.name(), runs, true, (s, i, x) -> Optional.empty())));
            costs.add(new Cost());
        }
        for (EvalImage image : set.images()) {
            int w = image.photo().width();
            int h = image.photo().height();
            long fresh = context.freshNanos();
            long t0 = System.nanoTime();
            byte[] shipped = pipeline.estimator().estimate(image.photo(), pipeline.ensembles().standard(),
                    context.modelFor(image)).alpha();
            double defaultMillis = (System.nanoTime() - t0 - (context.freshNanos() - fresh)) / 1e6;
            results.get(0).add(image.name(), MatteScore.of(shipped, image.truth(), w, h), defaultMillis,
                    Optional.empty());
            for (int v = 0; v < configs.size(); v++) {
                BandMatting solver = new BandMatting(configs.get(v).settings());
                Cost cost = costs.get(v);
                System.gc();
                long usedBefore = usedHeapMib();
                PeakMemory.resetHeapPeak();
                long s0 = System.nanoTime();
                MattingProblem problem = solver.problem(image.photo(), shipped);
                BandMatting.Solution solution = solver.solve(problem);
                double millis = (System.nanoTime() - s0) / 1e6;
                cost.peakHeapMib = Math.max(cost.peakHeapMib, PeakMemory.heapPeakMib() - usedBefore);
                cost.solveMillis += millis;
                cost.pixels += (long) w * h;
                cost.unknowns += solution.unknowns();
                cost.solved += solution.solvedUnknowns();
                cost.iterations += solution.iterations();
                cost.images++;
                results.get(v + 1).add(image.name(), MatteScore.of(solution.alpha(), image.truth(), w, h),
                        defaultMillis + millis, Optional.empty());
                if (perImage) {
                    out.printf(Locale.ROOT, "  %s/%s %dx%d %s: band px %d, %d it, res %.1e, %.0f ms, MAE %.4f -> %.4f%n",
                            set.name(), image.name(), w, h, configs.get(v).name(), solution.unknowns(),
                            solution.iterations(), solution.relativeResidual(), millis,
                            results.get(0).scores.get(results.get(0).size() - 1).mae(),
                            results.get(v + 1).scores.get(results.get(v + 1).size() - 1).mae());
                }
            }
        }
        new EvalReport(out, context.inferenceMillis()).set(set, results);
        out.printf(Locale.ROOT, "%-44s %9s %8s %12s %8s %9s%n", "solve cost", "band %", "s/MP", "ms/1e6 band", "iters",
                "+heap MiB");
        for (int v = 0; v < configs.size(); v++) {
            Cost c = costs.get(v);
            out.printf(Locale.ROOT, "%-44.44s %8.1f%% %8.3f %12.0f %8.0f %9d%n", configs.get(v).name(),
                    100.0 * c.unknowns / c.pixels, c.solveMillis / 1000 / (c.pixels / MEGA),
                    c.solveMillis / (c.unknowns / MEGA), (double) c.iterations / c.images, c.peakHeapMib);
        }
    }

    private static long usedHeapMib() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }
}
