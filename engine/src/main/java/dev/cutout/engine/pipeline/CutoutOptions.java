package dev.cutout.engine.pipeline;

import dev.cutout.contract.JobOptions;
import dev.cutout.contract.ResultFormat;
import dev.cutout.engine.pipeline.compose.ComposeOptions;
import dev.cutout.engine.pipeline.layout.LayoutOptions;
import java.util.OptionalInt;

/**
 * What one job asks for.
 *
 * @param compose output kind, background colour and edge decontamination
 * @param careful "Extra careful": the larger ensemble (more model runs) instead of the standard one
 * @param matting  refine the uncertain band with the closed-form matting solve (opt-in: it gains on
 *                 soft subjects and loses on hard-edged ones, see the README's band-matting table)
 * @param layout   crop and canvas between compose and encode ({@link LayoutOptions#NONE}: none)
 * @param format   how the result is encoded
 */
public record CutoutOptions(ComposeOptions compose, boolean careful, boolean matting, LayoutOptions layout,
                            ResultFormat format) {

    /** Transparent cut-out with decontaminated edges and the standard ensemble. */
    public static final CutoutOptions DEFAULT = new CutoutOptions(ComposeOptions.cutout(true), false, false);

    public CutoutOptions {
        if (compose == null || layout == null || format == null) {
            throw new IllegalArgumentException("compose, layout and format options are required");
        }
    }

    /** No layout, as PNG. */
    public CutoutOptions(ComposeOptions compose, boolean careful, boolean matting) {
        this(compose, careful, matting, LayoutOptions.NONE, ResultFormat.PNG);
    }

    /**
     * The pipeline options for what a client asked (the command line asks the same way). With a layout the
     * subject is found in the cut-out's alpha, so compose keeps the cut-out and the layout flattens it (on
     * {@code background} for {@code output=background}, and for a cut-out asked as JPEG); without one,
     * compose flattens as it always has.
     */
    public static CutoutOptions of(JobOptions options) {
        OptionalInt flat = options.flattenOn();
        LayoutOptions layout = options.layout().isIdentity() ? LayoutOptions.NONE
                : new LayoutOptions(options.layout().crop(), options.layout().margin(), options.layout().canvas(), flat);
        ComposeOptions compose = switch (options.output()) {
            case MASK -> ComposeOptions.mask();
            case CUTOUT, BACKGROUND -> flat.isPresent() && layout.isIdentity()
                    ? ComposeOptions.background(flat.getAsInt(), options.decontaminate())
                    : ComposeOptions.cutout(options.decontaminate());
        };
        return new CutoutOptions(compose, options.quality(), options.matting(), layout, options.format());
    }
}
