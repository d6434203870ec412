package dev.cutout.image;

/** Upper bounds checked before any pixel is allocated. */
public record ImageLimits(long maxBytes, long maxPixels) {

    /** 25 MB and 50 MP, the documented defaults. */
    public static final ImageLimits DEFAULT = new ImageLimits(25L * 1024 * 1024, 50_000_000L);

    public ImageLimits {
        if (maxBytes <= 0 || maxPixels <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
