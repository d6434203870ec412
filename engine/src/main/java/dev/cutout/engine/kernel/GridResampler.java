package dev.cutout.engine.kernel;

/**
 * Bilinear resampling of a float map on the square model grid to one full-resolution size, one
 * output row at a time so callers never hold a full-resolution float map. Uses the
 * {@link PixelCentres} convention, like the model-input shrink it undoes.
 */
public final class GridResampler {

    private final int gridSize;
    private final int width;
    private final int height;
    private final PixelCentres.BilinearAxis xAxis;
    private final PixelCentres.BilinearAxis yAxis;

    public GridResampler(int gridSize, int width, int height) {
        if (gridSize <= 0 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("sizes must be positive: grid " + gridSize + ", " + width + "x" + height);
        }
        this.gridSize = gridSize;
        this.width = width;
        this.height = height;
        this.xAxis = PixelCentres.bilinearAxis(gridSize, width);
        this.yAxis = PixelCentres.bilinearAxis(gridSize, height);
    }

    public int gridSize() {
        return gridSize;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /**
     * Writes full-resolution row {@code y} of {@code grid} into {@code out[0..width)}.
     *
     * @param gridRow scratch of at least {@code gridSize + 1} floats (the two grid rows blended)
     */
    public void resampleRow(float[] grid, int y, float[] gridRow, float[] out) {
        blendRows(grid, y, gridRow);
        int[] lower = xAxis.lower();
        float[] frac = xAxis.frac();
        for (int x = 0; x < width; x++) {
            int i = lower[x];
            float l = gridRow[i];
            out[x] = l + frac[x] * (gridRow[i + 1] - l);
        }
    }

    /**
     * The vertical half of {@link #resampleRow}: blends the two grid rows around full-resolution
     * row {@code y} into {@code gridRow[0..gridSize)} and repeats the last value at {@code gridSize},
     * so a horizontal lerp may read index {@code lower + 1} without a bounds test (its weight is 0
     * there).
     *
     * @param gridRow at least {@code gridSize + 1} floats
     */
    public void blendRows(float[] grid, int y, float[] gridRow) {
        int top = yAxis.lower()[y] * gridSize;
        int bottom = yAxis.upper(y) * gridSize;
        float fy = yAxis.frac()[y];
        for (int i = 0; i < gridSize; i++) {
            float t = grid[top + i];
            gridRow[i] = t + fy * (grid[bottom + i] - t);
        }
        gridRow[gridSize] = gridRow[gridSize - 1];
    }

    /** Lower grid column of each full-resolution column (see {@link #blendRows}). */
    public int[] lowerColumns() {
        return xAxis.lower();
    }

    /** Weight of the upper grid column of each full-resolution column. */
    public float[] columnFractions() {
        return xAxis.frac();
    }
}
