package dev.cutout.engine;

import dev.cutout.engine.config.CutoutConfigLoader;
import dev.cutout.engine.pipeline.CutoutEngine;

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
