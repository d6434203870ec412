package dev.cutout.k8s;

import dev.cutout.worker.messaging.WorkerConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** What the manifests must agree with, read from the worker's own config interface (not a copy). */
final class WorkerSettings {

    private WorkerSettings() {
    }

    /** The environment variable that overrides {@code cutout-worker.drain-timeout}. */
    static String drainTimeoutVariable() {
        String prefix = WorkerConfig.class.getAnnotation(ConfigMapping.class).prefix();
        return (prefix + "-drain-timeout").toUpperCase().replace('-', '_').replace('.', '_');
    }

    /** The default of {@code cutout-worker.drain-timeout}. */
    static Duration defaultDrainTimeout() {
        try {
            return Duration.parse(WorkerConfig.class.getMethod("drainTimeout").getAnnotation(WithDefault.class).value());
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("WorkerConfig has no drainTimeout() any more", e);
        }
    }
}
