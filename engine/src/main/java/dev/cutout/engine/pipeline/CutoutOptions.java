package dev.cutout.engine.pipeline;

import dev.cutout.engine.pipeline.compose.ComposeOptions;

/**
 * What one job asks for.
 *
 * @param compose output kind, background colour and edge decontamination
 * @param careful "Extra careful": the larger ensemble (more model runs) instead of the standard one
 * @param matting  refine the uncertain band with the closed-form matting solve (opt-in: it gains on
 *                 soft subjects and loses on hard-edged ones, see the README's band-matting table)
 */
public record CutoutOptions(ComposeOptions compose, boolean careful, boolean matting) {

    /** Transparent cut-out with decontaminated edges and the standard ensemble. */
    public static final CutoutOptions DEFAULT = new CutoutOptions(ComposeOptions.cutout(true), false, false);

    public CutoutOptions {
        if (compose == null) {
            throw new IllegalArgumentException("compose options are required");
        }
    }

    /** Without the band solve. */
    public CutoutOptions(ComposeOptions compose, boolean careful) {
        this(compose, careful, false);
    }
}
