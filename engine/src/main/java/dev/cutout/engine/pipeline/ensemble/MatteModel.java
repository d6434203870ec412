package dev.cutout.engine.pipeline.ensemble;

import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.model.ModelInput;

/** Predicts the alpha matte of a photo on the model's grid; implementations are thread-safe. */
@FunctionalInterface
public interface MatteModel {

    GridMatte predict(ModelInput input);
}
