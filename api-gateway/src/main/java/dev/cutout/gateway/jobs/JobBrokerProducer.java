package dev.cutout.gateway.jobs;

import dev.cutout.gateway.config.GatewayConfig;
import dev.cutout.worker.config.CutoutConfigLoader;
import dev.cutout.worker.jobs.JobProcessor;
import dev.cutout.worker.pipeline.CutoutEngine;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Picks the {@link JobBroker} for {@code cutout-gateway.mode}. Only the chosen implementation is
 * built, so the embedded mode never opens a RabbitMQ connection.
 */
@ApplicationScoped
public class JobBrokerProducer {

    /** One job at a time: the model already uses every core for one image. */
    private static final int EMBEDDED_CONCURRENCY = 1;

    private CutoutEngine engine;

    @Produces
    @Singleton
    JobBroker broker(GatewayConfig config) {
        return switch (config.mode()) {
            case RABBITMQ -> new RabbitJobBroker(config, Clock.systemUTC());
            case EMBEDDED -> embedded(config);
        };
    }

    /** The worker's engine in this process: the model loads now, so a missing model stops the start with its fix. */
    private JobBroker embedded(GatewayConfig config) {
        engine = CutoutEngine.start(CutoutConfigLoader.load());
        return new InProcessJobBroker(new JobProcessor(engine), config.retention(), EMBEDDED_CONCURRENCY,
                Clock.systemUTC());
    }

    void close(@Disposes JobBroker broker) throws Exception {
        if (broker instanceof AutoCloseable closeable) {
            closeable.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    /** Builds the broker at start: the topology is declared and this replica's event queue bound before any request. */
    void onStart(@Observes StartupEvent event, JobBroker broker) {
        broker.ready();
    }
}
