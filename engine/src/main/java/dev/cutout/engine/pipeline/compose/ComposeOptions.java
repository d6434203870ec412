package dev.cutout.engine.pipeline.compose;

import dev.cutout.contract.OutputKind;

/**
 * How to build the output from the photo and its alpha.
 *
 * @param kind          which output
 * @param decontaminate replace edge colours by the estimated foreground ({@link ForegroundEstimator})
 * @param background    {@code 0xRRGGBB} for {@link OutputKind#BACKGROUND}; ignored otherwise
 */
public record ComposeOptions(OutputKind kind, boolean decontaminate, int background) {

    public ComposeOptions {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if ((background & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException("background must be 0xRRGGBB: " + Integer.toHexString(background));
        }
    }

    public static ComposeOptions cutout(boolean decontaminate) {
        return new ComposeOptions(OutputKind.CUTOUT, decontaminate, 0);
    }

    public static ComposeOptions mask() {
        return new ComposeOptions(OutputKind.MASK, false, 0);
    }

    public static ComposeOptions background(int rgb, boolean decontaminate) {
        return new ComposeOptions(OutputKind.BACKGROUND, decontaminate, rgb);
    }
}
