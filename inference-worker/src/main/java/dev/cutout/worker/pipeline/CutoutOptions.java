package dev.cutout.worker.pipeline;

/**
 * What one job asks for.
 *
 * @param compose output kind, background colour and edge decontamination
 * @param careful "Extra careful": the larger ensemble (more model runs) instead of the standard one
 */
public record CutoutOptions(ComposeOptions compose, boolean careful) {

    /** Transparent cut-out with decontaminated edges and the standard ensemble. */
    public static final CutoutOptions DEFAULT = new CutoutOptions(ComposeOptions.cutout(true), false);

    public CutoutOptions {
        if (compose == null) {
            throw new IllegalArgumentException("compose options are required");
        }
    }
}
