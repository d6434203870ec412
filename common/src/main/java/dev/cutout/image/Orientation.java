package dev.cutout.image;

/** The eight EXIF orientations and how to turn stored pixels into the upright image they describe. */
public enum Orientation {
    NORMAL(1),
    MIRROR_HORIZONTAL(2),
    ROTATE_180(3),
    MIRROR_VERTICAL(4),
    TRANSPOSE(5),
    ROTATE_90_CW(6),
    TRANSVERSE(7),
    ROTATE_90_CCW(8);

    private final int exifValue;

    Orientation(int exifValue) {
        this.exifValue = exifValue;
    }

    public int exifValue() {
        return exifValue;
    }

    /** The orientation for an EXIF tag value; anything outside 1..8 means "as stored". */
    public static Orientation fromExif(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
    }

    /** Whether the upright image has width and height swapped. */
    public boolean swapsAxes() {
        return exifValue >= 5;
    }

    /** Returns the upright image; NORMAL returns the same instance without copying. */
    public RgbaImage apply(RgbaImage image) {
        if (this == NORMAL) {
            return image;
        }
        int w = image.width();
        int h = image.height();
        int[] src = image.argb();
        int[] dst = new int[src.length];
        // Every case is the same walk over the source: destination index = base + x*stepX + y*stepY.
        int base;
        int stepX;
        int stepY;
        switch (this) {
            case MIRROR_HORIZONTAL -> { base = w - 1; stepX = -1; stepY = w; }
            case ROTATE_180 -> { base = w * h - 1; stepX = -1; stepY = -w; }
            case MIRROR_VERTICAL -> { base = (h - 1) * w; stepX = 1; stepY = -w; }
            case TRANSPOSE -> { base = 0; stepX = h; stepY = 1; }
            case ROTATE_90_CW -> { base = h - 1; stepX = h; stepY = -1; }
            case TRANSVERSE -> { base = w * h - 1; stepX = -h; stepY = -1; }
            case ROTATE_90_CCW -> { base = (w - 1) * h; stepX = -h; stepY = 1; }
            default -> throw new IllegalStateException(name());
        }
        int i = 0;
        for (int y = 0; y < h; y++) {
            int d = base + y * stepY;
            for (int x = 0; x < w; x++, i++, d += stepX) {
                dst[d] = src[i];
            }
        }
        return swapsAxes()
                ? new RgbaImage(h, w, dst, image.hasAlpha())
                : new RgbaImage(w, h, dst, image.hasAlpha());
    }
}
