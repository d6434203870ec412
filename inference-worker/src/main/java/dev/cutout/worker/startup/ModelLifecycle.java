package dev.cutout.worker.startup;

import dev.cutout.engine.config.CutoutConfig;
import dev.cutout.engine.jobs.JobProcessor;
import dev.cutout.engine.pipeline.CutoutEngine;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * Loads the model once, before the messaging channels start taking jobs (they start at
 * {@code LIBRARY_BEFORE}), and frees it when the application stops.
 */
@ApplicationScoped
public class ModelLifecycle {

    /** Before the broker topology ({@code LIBRARY_BEFORE - 10}) and the channels ({@code LIBRARY_BEFORE}). */
    static final int LOAD_PRIORITY = Interceptor.Priority.LIBRARY_BEFORE - 20;

    private static final Logger LOG = Logger.getLogger(ModelLifecycle.class);

    private final CutoutConfig config;
    private volatile CutoutEngine engine;

    ModelLifecycle(CutoutConfig config) {
        this.config = config;
    }

    void load(@Observes @Priority(LOAD_PRIORITY) StartupEvent event) {
        long start = System.nanoTime();
        engine = CutoutEngine.start(config);
        LOG.infof("model %s loaded from %s in %d ms", engine.defaultModel(), CutoutEngine.modelDir(config),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** After the channels stopped taking jobs ({@link ShutdownEvent} observers run before beans are destroyed). */
    void close(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 100) ShutdownEvent event) {
        CutoutEngine loaded = engine;
        engine = null;
        if (loaded != null) {
            loaded.close();
        }
    }

    /** True once the configured model is loaded and warmed up, until shutdown. */
    public boolean loaded() {
        return engine != null;
    }

    @Produces
    @Singleton
    JobProcessor jobProcessor() {
        CutoutEngine loaded = engine;
        if (loaded == null) {
            throw new IllegalStateException("the model is not loaded (yet, or any more)");
        }
        return new JobProcessor(loaded);
    }
}
