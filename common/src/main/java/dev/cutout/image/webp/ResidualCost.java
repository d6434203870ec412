package dev.cutout.image.webp;

/** A cheap entropy proxy for a residual byte: 4 × log2(1 + |signed value|), from a table. */
final class ResidualCost {

    private static final int[] COST = new int[256];

    static {
        for (int r = 0; r < 256; r++) {
            int magnitude = r < 128 ? r : 256 - r;
            COST[r] = (int) Math.round(4 * Math.log(1 + magnitude) / Math.log(2));
        }
    }

    private ResidualCost() {
    }

    static int of(int residualByte) {
        return COST[residualByte];
    }

    /** The sum over the four channels of a packed residual. */
    static int ofPixel(int r) {
        return COST[r >>> 24] + COST[(r >>> 16) & 0xFF] + COST[(r >>> 8) & 0xFF] + COST[r & 0xFF];
    }
}
