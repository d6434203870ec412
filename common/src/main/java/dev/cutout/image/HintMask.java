package dev.cutout.image;

import dev.cutout.contract.ErrorCode;
import java.util.Locale;

/**
 * A hand-drawn hint mask: per pixel none, keep or erase. Read from an image where opaque green
 * (R &lt; 128, G &ge; 128, A &ge; 128) is keep, opaque red (R &ge; 128, G &lt; 128, A &ge; 128) is
 * erase and anything else is none; it may be of any size with the photo's aspect ratio, and is
 * scaled to the photo nearest-neighbour.
 *
 * @param labels {@link #NONE}, {@link #KEEP} or {@link #ERASE} per pixel, row-major
 */
public record HintMask(int width, int height, byte[] labels) {

    public static final byte NONE = 0;
    public static final byte KEEP = 1;
    public static final byte ERASE = 2;
    /** How far the mask's aspect ratio may be from the photo's (2 %: rounding of a scaled canvas). */
    public static final double RATIO_TOLERANCE = 0.02;

    private static final int HALF = 128;

    public HintMask {
        if (width <= 0 || height <= 0 || labels.length != width * height) {
            throw new IllegalArgumentException("a hint mask needs " + width + "x" + height + " labels");
        }
    }

    /** The labels of a decoded mask image. */
    public static HintMask of(RgbaImage image) {
        int[] argb = image.argb();
        byte[] labels = new byte[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            int a = image.hasAlpha() ? p >>> 24 : 0xFF;
            int r = (p >>> 16) & 0xFF;
            int g = (p >>> 8) & 0xFF;
            if (a >= HALF) {
                labels[i] = r < HALF && g >= HALF ? KEEP : r >= HALF && g < HALF ? ERASE : NONE;
            }
        }
        return new HintMask(image.width(), image.height(), labels);
    }

    /**
     * The mask image {@code bytes} for a {@code photoWidth} x {@code photoHeight} photo, at its own size
     * (scale it with {@link #scaledTo}).
     *
     * @throws ImageException {@link ErrorCode#INVALID_HINTS} when it is not an image or has another aspect ratio
     */
    public static HintMask decode(ImageDecoder decoder, byte[] bytes, int photoWidth, int photoHeight) {
        RgbaImage image;
        try {
            image = decoder.decode(bytes);
        } catch (ImageException e) {
            throw new ImageException(ErrorCode.INVALID_HINTS, "The hint mask cannot be read: " + e.getMessage(), e);
        }
        HintMask mask = of(image);
        if (!mask.fits(photoWidth, photoHeight)) {
            throw new ImageException(ErrorCode.INVALID_HINTS, String.format(Locale.ROOT,
                    "The hint mask is %dx%d, which is not the aspect ratio of the %dx%d photo (within %.0f %%)",
                    mask.width(), mask.height(), photoWidth, photoHeight, RATIO_TOLERANCE * 100));
        }
        return mask;
    }

    /** True when no pixel is keep or erase. */
    public boolean isEmpty() {
        for (byte label : labels) {
            if (label != NONE) {
                return false;
            }
        }
        return true;
    }

    /** True when this mask has the aspect ratio of a {@code photoWidth} x {@code photoHeight} photo. */
    public boolean fits(int photoWidth, int photoHeight) {
        double mine = (double) width / height;
        double photo = (double) photoWidth / photoHeight;
        return Math.abs(mine / photo - 1) <= RATIO_TOLERANCE;
    }

    /** This mask at the photo's size, nearest-neighbour (pixel centres aligned). O(w x h). */
    public HintMask scaledTo(int w, int h) {
        if (w == width && h == height) {
            return this;
        }
        int[] column = new int[w];
        for (int x = 0; x < w; x++) {
            column[x] = Math.min(width - 1, (int) (((x + 0.5) * width) / w));
        }
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int row = Math.min(height - 1, (int) (((y + 0.5) * height) / h)) * width;
            for (int x = 0; x < w; x++) {
                out[y * w + x] = labels[row + column[x]];
            }
        }
        return new HintMask(w, h, out);
    }
}
