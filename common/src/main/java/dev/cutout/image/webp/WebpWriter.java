package dev.cutout.image.webp;

import dev.cutout.image.RgbaImage;

/**
 * Lossless WebP encoder (exact pixels, alpha kept). Placeholder in this build: the real encoder lives on
 * its own branch and replaces this file when merged.
 */
public final class WebpWriter {

    /** @throws UnsupportedOperationException always, in this build */
    public byte[] rgba(RgbaImage image) {
        throw new UnsupportedOperationException("WebP encoder not in this build");
    }
}
