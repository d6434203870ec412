package dev.cutout.worker.pipeline;

/**
 * What one job asks for.
 *
 * @param compose     output kind, background colour and edge decontamination
 * @param flipAverage also predict on the mirrored photo and average (the "quality" option)
 */
public record CutoutOptions(ComposeOptions compose, boolean flipAverage) {

    /** Transparent cut-out with decontaminated edges and one inference. */
    public static final CutoutOptions DEFAULT = new CutoutOptions(ComposeOptions.cutout(true), false);

    public CutoutOptions {
        if (compose == null) {
            throw new IllegalArgumentException("compose options are required");
        }
    }
}
