package dev.cutout.bench;

import dev.cutout.engine.config.CutoutConfig;
import dev.cutout.engine.model.InvalidDescriptorException;
import dev.cutout.engine.model.ModelUnavailableException;
import dev.cutout.engine.pipeline.CutoutEngine;

/** Starts the engine for a benchmark or an evaluation; a model that is unknown, absent or wrong ends the run with one sentence. */
final class BenchEngine {

    static final int EXIT_NO_MODEL = 1;

    private BenchEngine() {}

    static CutoutEngine start(String command, CutoutConfig config) {
        try {
            return CutoutEngine.start(config);
        } catch (ModelUnavailableException | InvalidDescriptorException e) {
            System.err.println("cutout " + command + ": " + e.getMessage());
            System.exit(EXIT_NO_MODEL);
            throw e; // not reached
        }
    }
}
