package dev.cutout.worker.pipeline;

/**
 * What one job asks for.
 *
 * @param backgroundRgb 0xRRGGBB used when {@code output} is {@link OutputKind#BACKGROUND}
 * @param decontaminate estimate the true foreground colour at soft edges (no background bleeding)
 * @param flipAverage   also predict on the mirrored photo and average (the "quality" option)
 */
public record CutoutOptions(OutputKind output, int backgroundRgb, boolean decontaminate, boolean flipAverage) {

    /** Transparent cut-out, decontaminated edges, one inference. */
    public static final CutoutOptions DEFAULT = new CutoutOptions(OutputKind.CUTOUT, 0xFFFFFF, true, false);

    public CutoutOptions {
        if (output == null) {
            throw new IllegalArgumentException("output kind is required");
        }
        backgroundRgb &= 0xFFFFFF;
    }
}
