package dev.cutout.engine.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs the stages of one job, announcing each as it starts and recording its duration. */
final class StageClock {

    private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
    private final Consumer<Stage> onStageStart;

    StageClock(Consumer<Stage> onStageStart) {
        this.onStageStart = onStageStart;
    }

    <T> T time(Stage stage, Supplier<T> step) {
        onStageStart.accept(stage);
        long start = System.nanoTime();
        T result = step.get();
        nanos.merge(stage, System.nanoTime() - start, Long::sum);
        return result;
    }

    StageTimings timings() {
        return new StageTimings(nanos);
    }
}
