package dev.cutout.engine.pipeline.ensemble;

/**
 * The rectangle {@code [x0, x0 + width) × [y0, y0 + height)} of a square grid of side {@code grid}
 * that the photo occupies in one model view; the rest of the grid is padding.
 */
public record ViewLayout(int grid, int x0, int y0, int width, int height) {

    public ViewLayout {
        if (x0 < 0 || y0 < 0 || width <= 0 || height <= 0 || x0 + width > grid || y0 + height > grid) {
            throw new IllegalArgumentException("photo rectangle " + x0 + "," + y0 + " " + width + "x" + height
                    + " is not inside the " + grid + "² grid");
        }
    }

    /** Whether the photo fills the whole grid (no padding). */
    public boolean full() {
        return width == grid && height == grid;
    }
}
