package dev.cutout.cli.batch;

import dev.cutout.contract.JobOptions;
import dev.cutout.engine.config.CutoutConfig;
import dev.cutout.engine.pipeline.CutoutEngine;
import dev.cutout.engine.pipeline.CutoutOptions;
import dev.cutout.image.ImageException;

/** No service: the engine in this process, as {@code ./cutout remove} runs it; one photo at a time (the model uses every core). */
final class InProcessTarget implements JobTarget {

    private final CutoutEngine engine;

    private InProcessTarget(CutoutEngine engine) {
        this.engine = engine;
    }

    /** Loads the model (fetched by the launcher beforehand). */
    static InProcessTarget start(CutoutConfig config) {
        return new InProcessTarget(CutoutEngine.start(config));
    }

    @Override
    public int defaultJobs() {
        return 1;
    }

    @Override
    public synchronized JobOutcome process(byte[] photo, JobOptions options) {
        try {
            return new JobOutcome.Done(engine.pipeline().process(photo, CutoutOptions.of(options)).png());
        } catch (ImageException e) {
            return new JobOutcome.Failed(e.code(), e.getMessage());
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
