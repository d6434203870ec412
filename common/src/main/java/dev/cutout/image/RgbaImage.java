package dev.cutout.image;

/**
 * Decoded pixels in sRGB as packed, non-premultiplied {@code 0xAARRGGBB} ints, row-major.
 *
 * @param hasAlpha whether the source carried an alpha channel (otherwise every alpha is 255)
 */
public record RgbaImage(int width, int height, int[] argb, boolean hasAlpha) {

    public RgbaImage {
        if (width <= 0 || height <= 0 || (long) width * height != argb.length) {
            throw new IllegalArgumentException(
                    "pixel array of " + argb.length + " does not match " + width + "x" + height);
        }
    }

    public long pixelCount() {
        return (long) width * height;
    }
}
