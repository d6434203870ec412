package dev.cutout.worker.health;

import dev.cutout.worker.startup.ModelLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the model is loaded; the connector adds its own broker check beside this one. */
@Readiness
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
