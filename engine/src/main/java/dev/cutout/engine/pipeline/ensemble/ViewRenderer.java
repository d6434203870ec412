package dev.cutout.engine.pipeline.ensemble;

import dev.cutout.engine.kernel.PixelCentres;
import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.model.ModelInput;
import dev.cutout.engine.pipeline.resize.ModelInputResizer;
import dev.cutout.image.RgbaImage;
import java.util.Arrays;

/**
 * Draws a photo into the model grid as a {@link ModelView} places it, and brings the matte the
 * model predicted for that view back onto the photo grid — the plain view's grid, on which every
 * candidate is compared, merged and refined. Cost O(grid²) per view besides the photo resize.
 */
public final class ViewRenderer {

    private final int grid;

    public ViewRenderer(int grid) {
        if (grid <= 0) {
            throw new IllegalArgumentException("grid must be positive: " + grid);
        }
        this.grid = grid;
    }

    public int grid() {
        return grid;
    }

    /** The model input of {@code view}; the plain view is exactly {@link ModelInputResizer#resize}. */
    public ModelInput render(RgbaImage photo, ModelView view) {
        ViewLayout layout = view.layout(grid);
        float[] inner = ModelInputResizer.planes(photo, layout.width(), layout.height());
        float[] chw = layout.full() ? inner : pad(inner, layout, view.fill(), borderMedian(photo));
        return new ModelInput(grid, view.mirrored() ? mirrorRows(chw, grid, 3) : chw);
    }

    /** The view's matte, un-mirrored, cropped to the photo and stretched back to the whole grid. */
    public GridMatte toPhotoGrid(GridMatte viewMatte, ModelView view) {
        if (viewMatte.size() != grid) {
            throw new IllegalArgumentException("matte grid " + viewMatte.size() + " != " + grid);
        }
        float[] alpha = view.mirrored() ? mirrorRows(viewMatte.alpha(), grid, 1) : viewMatte.alpha();
        ViewLayout layout = view.layout(grid);
        return new GridMatte(grid, layout.full() ? alpha : cropAndStretch(alpha, layout));
    }

    /** The view's matte un-mirrored but not cropped: the padding shows whether the model took the photo's rectangle. */
    public float[] unmirrored(GridMatte viewMatte, ModelView view) {
        return view.mirrored() ? mirrorRows(viewMatte.alpha(), grid, 1) : viewMatte.alpha();
    }

    private float[] pad(float[] inner, ViewLayout layout, ModelView.PadFill fill, float[] median) {
        int plane = grid * grid;
        int innerPlane = layout.width() * layout.height();
        float[] chw = new float[3 * plane];
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < grid; y++) {
                int sy = Math.min(layout.height() - 1, Math.max(0, y - layout.y0()));
                boolean insideRow = y >= layout.y0() && y < layout.y0() + layout.height();
                int out = c * plane + y * grid;
                int in = c * innerPlane + sy * layout.width();
                for (int x = 0; x < grid; x++) {
                    int sx = x - layout.x0();
                    boolean inside = insideRow && sx >= 0 && sx < layout.width();
                    if (inside || fill == ModelView.PadFill.EDGE) {
                        chw[out + x] = inner[in + Math.min(layout.width() - 1, Math.max(0, sx))];
                    } else {
                        chw[out + x] = median[c];
                    }
                }
            }
        }
        return chw;
    }

    /** Per-channel median of the photo's outermost ring of pixels. O(perimeter · log perimeter). */
    static float[] borderMedian(RgbaImage photo) {
        int w = photo.width();
        int h = photo.height();
        int[] argb = photo.argb();
        int[][] ring = new int[3][2 * w + 2 * h];
        int n = 0;
        for (int i = 0; i < w * h; i++) {
            int x = i % w;
            int y = i / w;
            if (x == 0 || y == 0 || x == w - 1 || y == h - 1) {
                int p = argb[i];
                ring[0][n] = (p >>> 16) & 0xFF;
                ring[1][n] = (p >>> 8) & 0xFF;
                ring[2][n] = p & 0xFF;
                n++;
            }
            if (y > 0 && y < h - 1 && x == 0 && w > 1) {
                i += w - 2; // skip the row's interior
            }
        }
        float[] median = new float[3];
        for (int c = 0; c < 3; c++) {
            Arrays.sort(ring[c], 0, n);
            median[c] = ring[c][n / 2];
        }
        return median;
    }

    /** Bilinear, pixel-centre convention (like every resample of the pipeline). */
    private float[] cropAndStretch(float[] alpha, ViewLayout layout) {
        PixelCentres.BilinearAxis xAxis = PixelCentres.bilinearAxis(layout.width(), grid);
        PixelCentres.BilinearAxis yAxis = PixelCentres.bilinearAxis(layout.height(), grid);
        float[] out = new float[grid * grid];
        for (int y = 0; y < grid; y++) {
            int top = (layout.y0() + yAxis.lower()[y]) * grid + layout.x0();
            int bottom = (layout.y0() + yAxis.upper(y)) * grid + layout.x0();
            float fy = yAxis.frac()[y];
            for (int x = 0; x < grid; x++) {
                int l = xAxis.lower()[x];
                int r = xAxis.upper(x);
                float fx = xAxis.frac()[x];
                float t = alpha[top + l] + fx * (alpha[top + r] - alpha[top + l]);
                float b = alpha[bottom + l] + fx * (alpha[bottom + r] - alpha[bottom + l]);
                out[y * grid + x] = t + fy * (b - t);
            }
        }
        return out;
    }

    /** Mirrors each row of {@code planes} square planes of side {@code size}. */
    static float[] mirrorRows(float[] values, int size, int planes) {
        float[] out = new float[values.length];
        for (int row = 0; row < size * planes; row++) {
            int base = row * size;
            for (int x = 0; x < size; x++) {
                out[base + x] = values[base + size - 1 - x];
            }
        }
        return out;
    }
}
