package dev.cutout.image;

/**
 * Upper bounds checked before any pixel is allocated. Both services configure them the same way
 * ({@code limits.max-bytes}, a {@code long}; {@code limits.max-megapixels}, a {@code double}) and turn
 * them into this record with {@link #of}.
 */
public record ImageLimits(long maxBytes, long maxPixels) {

    public static final double PIXELS_PER_MEGAPIXEL = 1_000_000.0;

    /** 25 MB and 50 MP, the documented defaults. */
    public static final ImageLimits DEFAULT = new ImageLimits(25L * 1024 * 1024, 50_000_000L);

    public ImageLimits {
        if (maxBytes <= 0 || maxPixels <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** These limits without the byte limit: for Cutout's own results (a 24 MP cut-out PNG outgrows an upload's limit). */
    public ImageLimits withoutByteLimit() {
        return new ImageLimits(Long.MAX_VALUE, maxPixels);
    }

    /** From the configured settings; a fraction of a megapixel is allowed ({@code 12.5}). */
    public static ImageLimits of(long maxBytes, double maxMegapixels) {
        return new ImageLimits(maxBytes, (long) (maxMegapixels * PIXELS_PER_MEGAPIXEL));
    }
}
