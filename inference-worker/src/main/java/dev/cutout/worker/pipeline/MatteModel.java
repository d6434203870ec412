package dev.cutout.worker.pipeline;

import dev.cutout.worker.model.GridMatte;
import dev.cutout.worker.model.ModelInput;

/** Predicts the alpha matte of a photo on the model's grid; implementations are thread-safe. */
@FunctionalInterface
public interface MatteModel {

    GridMatte predict(ModelInput input);
}
