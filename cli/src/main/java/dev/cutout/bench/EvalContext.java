package dev.cutout.bench;

import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.model.MatteModel;
import dev.cutout.engine.model.ModelInput;
import dev.cutout.engine.pipeline.ensemble.EnsemblePredictor;
import dev.cutout.engine.pipeline.ensemble.ModelView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The network as the benchmark calls it: every (photo, view) runs once and is kept in the
 * {@link ViewMatteCache}; fresh runs are timed, so the time per image can be stated as model runs
 * times the measured time of one run plus the measured rest.
 */
final class EvalContext {

    private final MatteModel model;
    private final ViewMatteCache cache;
    private final List<Long> inferenceNanos = new ArrayList<>();

    EvalContext(MatteModel model, ViewMatteCache cache) {
        this.model = model;
        this.cache = cache;
    }

    /** The side of the model's square grid. */
    int grid() {
        return model.grid();
    }

    /** The cached model for one photo. */
    EnsemblePredictor.ViewModel modelFor(EvalImage image) {
        String key = image.key();
        return (view, input) -> predict(key, view, input);
    }

    private GridMatte predict(String key, ModelView view, Supplier<ModelInput> input) {
        return cache.get(key, model.descriptor().name(), view.label(), model.grid(), () -> {
            ModelInput in = input.get();
            long t0 = System.nanoTime();
            GridMatte matte = model.predict(in);
            inferenceNanos.add(System.nanoTime() - t0);
            return matte;
        });
    }

    /** Median time of one model run in this process (the warm-up run when every run was cached). */
    double inferenceMillis() {
        List<Long> all = new ArrayList<>(inferenceNanos);
        if (all.isEmpty()) {
            all.add(model.timings().warmUpMillis() * 1_000_000L);
        }
        all.sort(Long::compare);
        return all.get(all.size() / 2) / 1e6;
    }

    /** Total time of the fresh model runs so far. */
    long freshNanos() {
        return inferenceNanos.stream().mapToLong(Long::longValue).sum();
    }

    long freshRuns() {
        return inferenceNanos.size();
    }

    ViewMatteCache cache() {
        return cache;
    }
}
