package dev.cutout.image.webp;

/**
 * Maps a backward distance in pixels to a VP8L distance code: one of the 120 short codes for nearby
 * (dx, dy) neighbours, otherwise the distance plus 120 (RFC 9649 §3.5.2.2).
 */
final class DistanceCodes {

    /** (dx, dy) of the 120 short codes, in code order: the distance is dx + dy * width. */
    private static final int[] PLANE = {
        0, 1, 1, 0, 1, 1, -1, 1, 0, 2, 2, 0, 1, 2, -1, 2, 2, 1, -2, 1, 2, 2, -2, 2, 0, 3, 3, 0, 1, 3, -1, 3,
        3, 1, -3, 1, 2, 3, -2, 3, 3, 2, -3, 2, 0, 4, 4, 0, 1, 4, -1, 4, 4, 1, -4, 1, 3, 3, -3, 3, 2, 4, -2, 4,
        4, 2, -4, 2, 0, 5, 3, 4, -3, 4, 4, 3, -4, 3, 5, 0, 1, 5, -1, 5, 5, 1, -5, 1, 2, 5, -2, 5, 5, 2, -5, 2,
        4, 4, -4, 4, 3, 5, -3, 5, 5, 3, -5, 3, 0, 6, 6, 0, 1, 6, -1, 6, 6, 1, -6, 1, 2, 6, -2, 6, 6, 2, -6, 2,
        4, 5, -4, 5, 5, 4, -5, 4, 3, 6, -3, 6, 6, 3, -6, 3, 0, 7, 7, 0, 1, 7, -1, 7, 5, 5, -5, 5, 7, 1, -7, 1,
        4, 6, -4, 6, 6, 4, -6, 4, 2, 7, -2, 7, 7, 2, -7, 2, 3, 7, -3, 7, 7, 3, -7, 3, 5, 6, -5, 6, 6, 5, -6, 5,
        8, 0, 4, 7, -4, 7, 7, 4, -7, 4, 8, 1, 8, 2, 6, 6, -6, 6, 8, 3, 5, 7, -5, 7, 7, 5, -7, 5, 8, 4, 6, 7,
        -6, 7, 7, 6, -7, 6, 8, 5, 7, 7, -7, 7, 8, 6, 8, 7,
    };
    static final int SHORT_CODES = 120;
    private static final int GRID = 17;

    /** code + 1 at [dy * 17 + dx + 8], 0 where no short code exists. */
    private final int[] grid = new int[8 * GRID];
    private final int width;

    DistanceCodes(int width) {
        this.width = width;
        for (int code = SHORT_CODES - 1; code >= 0; code--) {
            grid[PLANE[2 * code + 1] * GRID + PLANE[2 * code] + 8] = code + 1;
        }
    }

    /** The distance code (≥ 1) that decodes to {@code distance} in an image this wide. */
    int code(int distance) {
        int dy = distance / width;
        int dx = distance - dy * width;
        int best = distance + SHORT_CODES;
        if (dx <= 8 && dy < 8 && grid[dy * GRID + dx + 8] > 0) {
            best = grid[dy * GRID + dx + 8];
        }
        int negative = dx - width;
        if (negative >= -8 && dy + 1 < 8 && grid[(dy + 1) * GRID + negative + 8] > 0) {
            best = Math.min(best, grid[(dy + 1) * GRID + negative + 8]);
        }
        return best;
    }

    static int tableSize() {
        return PLANE.length / 2;
    }
}
