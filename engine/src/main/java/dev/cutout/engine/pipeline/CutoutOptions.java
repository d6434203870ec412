package dev.cutout.engine.pipeline;

import dev.cutout.contract.JobOptions;
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

    /** The pipeline options for what a client asked (the command line asks the same way). */
    public static CutoutOptions of(JobOptions options) {
        ComposeOptions compose = switch (options.output()) {
            case CUTOUT -> ComposeOptions.cutout(options.decontaminate());
            case MASK -> ComposeOptions.mask();
            case BACKGROUND -> ComposeOptions.background(options.background(), options.decontaminate());
        };
        return new CutoutOptions(compose, options.quality(), options.matting());
    }
}
