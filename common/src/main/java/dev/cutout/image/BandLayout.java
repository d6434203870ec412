package dev.cutout.image;

/** Where red, green, blue and alpha sit within one interleaved pixel; grey uses one offset for all three. */
record BandLayout(int red, int green, int blue, int alpha) {

    static final int NO_ALPHA = -1;

    /** Returns null for band counts that are not grey, grey+alpha, RGB or RGBA. */
    static BandLayout of(int[] bandOffsets, boolean hasAlpha) {
        return switch (bandOffsets.length) {
            case 1 -> hasAlpha ? null : new BandLayout(bandOffsets[0], bandOffsets[0], bandOffsets[0], NO_ALPHA);
            case 2 -> hasAlpha ? new BandLayout(bandOffsets[0], bandOffsets[0], bandOffsets[0], bandOffsets[1]) : null;
            case 3 -> hasAlpha ? null : new BandLayout(bandOffsets[0], bandOffsets[1], bandOffsets[2], NO_ALPHA);
            case 4 -> hasAlpha ? new BandLayout(bandOffsets[0], bandOffsets[1], bandOffsets[2], bandOffsets[3]) : null;
            default -> null;
        };
    }

    boolean hasAlpha() {
        return alpha != NO_ALPHA;
    }
}
