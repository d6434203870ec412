package dev.cutout.worker.health;

import dev.cutout.worker.startup.ModelLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * Up only while the model is loaded and warmed up: a readiness check (the connector adds its own
 * broker check beside it) and a startup check, so {@code /q/health/started} (Kubernetes' startup
 * probe) covers the model load and warm-up.
 */
@Readiness
@Startup
@ApplicationScoped
public class ModelReadinessCheck implements HealthCheck {

    static final String NAME = "cutout model loaded";

    private final ModelLifecycle model;

    ModelReadinessCheck(ModelLifecycle model) {
        this.model = model;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(model.loaded()).build();
    }
}
