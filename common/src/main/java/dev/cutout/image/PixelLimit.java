package dev.cutout.image;

import dev.cutout.contract.ErrorCode;
import java.util.Locale;

/** Refuses a header whose pixel count exceeds the configured limit, before a decoder allocates anything. */
record PixelLimit(long maxPixels) {

    void check(ImageHeader header) {
        if (header.pixelCount() > maxPixels) {
            throw new ImageException(ErrorCode.TOO_MANY_PIXELS, String.format(Locale.ROOT,
                    "This image is %dx%d (%.1f megapixels); the limit is %.1f megapixels",
                    header.width(), header.height(), header.pixelCount() / ImageLimits.PIXELS_PER_MEGAPIXEL,
                    maxPixels / ImageLimits.PIXELS_PER_MEGAPIXEL));
        }
    }
}
