package dev.cutout.gateway.health;

import dev.cutout.gateway.jobs.JobBroker;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the job broker is (RabbitMQ: the connection is open; in process: the model is loaded). */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    private final JobBroker broker;
    BrokerReadiness(JobBroker broker) {
        this.broker = broker;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("job-broker")
                .status(broker.ready())
                .build();
    }
}
