package dev.cutout.worker.pipeline;

/** The encoded PNG of one job, its pixel size (equal to the oriented input) and what each stage took. */
public record CutoutResult(byte[] png, int width, int height, StageTimings timings) {
}
