package dev.cutout.gateway.health;

import dev.cutout.gateway.config.GatewayConfig;
import dev.cutout.gateway.jobs.JobBroker;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the job broker is (in rabbitmq mode: the connection is open). */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    private final JobBroker broker;
    private final GatewayConfig config;

    BrokerReadiness(JobBroker broker, GatewayConfig config) {
        this.broker = broker;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("job-broker")
                .status(broker.ready())
                .withData("mode", config.mode().name().toLowerCase(java.util.Locale.ROOT))
                .build();
    }
}
