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
 * The gateway's {@link JobBroker}: RabbitMQ, to the workers. The one-process app (module
 * {@code standalone}) selects its in-process broker over this one, so this build carries no model.
 */
@ApplicationScoped
public class JobBrokerProducer {

    @Produces
    @Singleton
    JobBroker broker(GatewayConfig config) {
        return new RabbitJobBroker(config, Clock.systemUTC());
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
