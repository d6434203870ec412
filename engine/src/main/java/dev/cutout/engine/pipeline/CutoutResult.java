package dev.cutout.engine.pipeline;

import dev.cutout.contract.OutputFormat;
import dev.cutout.contract.QualityReport;

/**
 * The encoded result of one job, its pixel size (the oriented input's, or the layout's when a crop or
 * canvas was asked for), what each stage took, and how sure the pipeline is of the cut-out.
 *
 * @param png    the encoded image: a PNG unless {@code format} says otherwise (the name predates WebP and JPEG)
 * @param format the file format of {@code png}
 */
public record CutoutResult(byte[] png, int width, int height, StageTimings timings, QualityReport quality,
                           OutputFormat format) {

    /** A PNG result. */
    public CutoutResult(byte[] png, int width, int height, StageTimings timings, QualityReport quality) {
        this(png, width, height, timings, quality, OutputFormat.PNG);
    }
}
