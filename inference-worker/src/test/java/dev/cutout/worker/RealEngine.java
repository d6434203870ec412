package dev.cutout.worker;

import dev.cutout.worker.config.CutoutConfigLoader;
import dev.cutout.worker.pipeline.CutoutEngine;

/** One engine with the real, provisioned model, shared by the integration tests of one JVM (loading costs seconds). */
public final class RealEngine {

    private static CutoutEngine engine;

    private RealEngine() {
    }

    public static synchronized CutoutEngine get() {
        if (engine == null) {
            engine = CutoutEngine.start(CutoutConfigLoader.load());
            Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
        }
        return engine;
    }
}
