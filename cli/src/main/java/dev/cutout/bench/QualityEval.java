package dev.cutout.bench;

import dev.cutout.engine.config.CutoutConfig;
import dev.cutout.engine.config.CutoutConfigLoader;
import dev.cutout.engine.pipeline.CutoutEngine;
import dev.cutout.engine.pipeline.CutoutPipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ./cutout eval}: scores alpha mattes against the truth on every evaluation set — the peers'
 * bilinear baseline, a peer's own output when given, Cutout before the ensembles, ensembles for the
 * cost/gain table, and the shipped standard and careful ensembles — with per set: MAE, IoU, band
 * MAE, gross failures, model runs and time per image, photos better/worse than the baseline and a
 * paired bootstrap interval of the mean difference. Prints numbers; never fails a build.
 */
public final class QualityEval {

    private QualityEval() {
    }

    public static void main(String[] args) throws IOException {
        EvalArguments arguments = EvalArguments.parse(args);
        CutoutConfig config = CutoutConfigLoader.load();
        List<EvalSet> sets = EvalSets.load(arguments.shared(), arguments.real());
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "Cutout quality eval, model %s; model runs cached in %s%n", config.model(), arguments.cache());
        out.println("MAE = mean |alpha error| (0..1); IoU at alpha 0.5; band = MAE in the boundary band (eval/README.md);");
        out.println("gross = IoU < 0.5 or under half the subject kept; s/img = model runs x one run + the rest, measured here;");
        out.println("bet/wor = photos better/worse than the baseline by > 0.001 MAE; vs baseline = change of the mean,");
        out.println("  [95% CI] = paired bootstrap of the ratio of means (* clearly better, ! clearly worse)");
        try (CutoutEngine engine = BenchEngine.start("eval", config)) {
            CutoutPipeline pipeline = engine.pipeline();
            out.printf(Locale.ROOT, "%s = %s (%d runs); %s = %s (%d runs)%n", EvalVariants.DEFAULT,
                    pipeline.ensembles().standard().spec(), pipeline.ensembles().standard().modelRuns(),
                    EvalVariants.CAREFUL, pipeline.ensembles().careful().spec(),
                    pipeline.ensembles().careful().modelRuns());
            EvalContext context = new EvalContext(engine.model(), new ViewMatteCache(arguments.cache()));
            List<EvalVariant> variants = EvalVariants.of(pipeline, arguments.peer(), arguments.specs());
            for (EvalSet set : sets) {
                List<SetResult> results = run(set, variants, context, arguments.perImage() ? Optional.of(out) : Optional.empty());
                new EvalReport(out, context.inferenceMillis()).set(set, results);
            }
            out.printf(Locale.ROOT, "%n%d model runs made now, %d taken from the cache; one run takes %.0f ms here%n",
                    context.freshRuns(), context.cache().hits(), context.inferenceMillis());
        }
    }

    private static List<SetResult> run(EvalSet set, List<EvalVariant> variants, EvalContext context,
                                       Optional<PrintStream> perImage) {
        List<SetResult> results = new ArrayList<>();
        for (EvalVariant variant : variants) {
            results.add(new SetResult(variant));
        }
        for (EvalImage image : set.images()) {
            int w = image.photo().width();
            int h = image.photo().height();
            for (SetResult result : results) {
                long fresh = context.freshNanos();
                long t0 = System.nanoTime();
                Optional<EvalVariant.Output> output = result.variant.alpha().of(set.name(), image, context);
                double millis = (System.nanoTime() - t0 - (context.freshNanos() - fresh)) / 1e6;
                output.ifPresent(o -> result.add(image.name(), MatteScore.of(o.alpha(), image.truth(), w, h), millis,
                        o.report()));
            }
            perImage.ifPresent(out -> EvalReport.image(out, set.name(), image.name(), results));
        }
        return results;
    }
}
