package dev.cutout.engine.pipeline.hints;

import dev.cutout.engine.kernel.Dilation;
import dev.cutout.image.HintMask;

/**
 * Where a stroke may change the matte: every pixel within {@code radius} px (Chebyshev) of a stroke.
 * Dilated on a grid of at most {@value #GRID} px on the long side (a stroke pixel marks its whole
 * cell), so the cost is O(pixels) whatever the radius.
 */
final class SpreadZone {

    static final int GRID = 1024;

    private SpreadZone() {
    }

    static byte[] around(HintMask hints, int radius) {
        int w = hints.width();
        int h = hints.height();
        int cell = Math.max(1, (int) Math.ceil(Math.max(w, h) / (double) GRID));
        int gw = (w + cell - 1) / cell;
        int gh = (h + cell - 1) / cell;
        byte[] grid = new byte[gw * gh];
        byte[] labels = hints.labels();
        for (int y = 0; y < h; y++) {
            int row = (y / cell) * gw;
            for (int x = 0; x < w; x++) {
                if (labels[y * w + x] != HintMask.NONE) {
                    grid[row + x / cell] = 1;
                }
            }
        }
        byte[] grown = Dilation.square(grid, gw, gh, Math.max(1, (radius + cell - 1) / cell));
        byte[] zone = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int row = (y / cell) * gw;
            for (int x = 0; x < w; x++) {
                zone[y * w + x] = grown[row + x / cell];
            }
        }
        return zone;
    }
}
