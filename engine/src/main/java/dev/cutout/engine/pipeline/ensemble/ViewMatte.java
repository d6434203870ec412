package dev.cutout.engine.pipeline.ensemble;

import dev.cutout.engine.model.GridMatte;

/**
 * What the model predicted for one view: the whole view grid un-mirrored ({@code raw}, padding
 * included, which shows whether the model took the photo's rectangle as the subject) and the
 * photo's part of it stretched back to the photo grid ({@code onPhoto}).
 */
public record ViewMatte(ModelView view, GridMatte raw, GridMatte onPhoto) {
}
