package dev.cutout.engine.pipeline;

import dev.cutout.contract.OutputFormat;

/**
 * The encoded result of a refine job (a PNG unless {@code format} says otherwise), its pixel size (the
 * photo's, or the layout's) and what each stage took; no model ran.
 */
public record RefinedCutout(byte[] png, int width, int height, StageTimings timings, OutputFormat format) {
}
