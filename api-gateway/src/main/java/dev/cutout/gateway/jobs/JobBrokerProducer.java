package dev.cutout.gateway.jobs;

import dev.cutout.gateway.config.GatewayConfig;
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

    @Produces
    @Singleton
    JobBroker broker(GatewayConfig config) {
        return switch (config.mode()) {
            case RABBITMQ -> new RabbitJobBroker(config, Clock.systemUTC());
            case EMBEDDED -> throw new IllegalStateException(
                    "cutout-gateway.mode=embedded is not available yet; use rabbitmq");
        };
    }

    void close(@Disposes JobBroker broker) throws Exception {
        if (broker instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** Builds the broker at start: the topology is declared and this replica's event queue bound before any request. */
    void onStart(@Observes StartupEvent event, JobBroker broker) {
        broker.ready();
    }
}
