package dev.cutout.worker.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Down once the worker has been cut off from the broker for longer than {@code cutout-worker.liveness.broker-grace},
 * so that an orchestrator restarts a worker whose consumer never came back. The connector's own liveness check is
 * off (it fails at the first dropped connection); its readiness check still goes DOWN at once.
 */
@Liveness
@ApplicationScoped
public class BrokerLivenessCheck implements HealthCheck {

    static final String NAME = "cutout broker connection";

    private final BrokerWatch watch;

    BrokerLivenessCheck(BrokerWatch watch) {
        this.watch = watch;
    }

    @Override
    public HealthCheckResponse call() {
        BrokerOutage.Verdict verdict = watch.verdict();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(verdict.alive())
                .withData("grace", verdict.grace().toString());
        verdict.cutOffFor().ifPresent(cutOff -> response.withData("cut-off-for", cutOff.toString())
                .withData("cut-off-channels", String.join(",", watch.cutOffChannels())));
        return response.build();
    }
}
