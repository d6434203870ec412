package dev.cutout.engine.pipeline.compose;

import dev.cutout.image.RgbaImage;

/** The composed output, ready for the encoder: colour (RGBA or opaque RGB) or 8-bit grey. */
public sealed interface Composite {

    int width();

    int height();

    /** A cut-out ({@code hasAlpha}) or an opaque flattened image. */
    record Colour(RgbaImage image) implements Composite {
        @Override
        public int width() {
            return image.width();
        }

        @Override
        public int height() {
            return image.height();
        }
    }

    /** A mask: one byte 0..255 per pixel, row-major. */
    record Grey(int width, int height, byte[] grey) implements Composite {
        public Grey {
            if ((long) width * height != grey.length) {
                throw new IllegalArgumentException("grey array of " + grey.length + " does not match " + width + "x" + height);
            }
        }
    }
}
