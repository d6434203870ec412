package dev.cutout.engine.pipeline;

/** The encoded PNG of a refine job, its pixel size (the photo's) and what each stage took; no model ran. */
public record RefinedCutout(byte[] png, int width, int height, StageTimings timings) {
}
