package dev.cutout.engine.pipeline;

import dev.cutout.contract.QualityReport;

/**
 * The encoded PNG of one job, its pixel size (equal to the oriented input), what each stage took,
 * and how sure the pipeline is of the cut-out.
 */
public record CutoutResult(byte[] png, int width, int height, StageTimings timings, QualityReport quality) {
}
