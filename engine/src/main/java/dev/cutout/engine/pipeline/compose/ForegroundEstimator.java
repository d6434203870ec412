package dev.cutout.engine.pipeline.compose;

import dev.cutout.engine.kernel.Parallel;
import dev.cutout.image.RgbaImage;
import java.util.stream.IntStream;

/**
 * Decontaminates edge colours: estimates the true foreground colour of partly transparent pixels
 * by two-stage blur fusion (Forte &amp; Pitié 2021, "Approximate fast foreground colour estimation"),
 * which QUALITY.md measured to match multi-level estimation at a tenth of the cost.
 *
 * <p>{@code stage(F, B, r)}: {@code bA = box(α)}, {@code bF = box(F·α)/(bA+ε)},
 * {@code bB = box(B·(1−α))/(1−bA+ε)}, {@code F' = clip(bF + α(I − α·bF − (1−α)·bB))}; run with
 * {@code F = B = I, r = 90}, then with the result and {@code r = 6}. The wide stage runs on a reduced
 * grid ({@link BlurFusionCoarse}); the narrow one only in tiles that hold a soft pixel, so the cost
 * is one pass over the photo plus work proportional to the soft edge.
 */
public final class ForegroundEstimator {

    /** First-stage box window (pixels at full resolution). */
    public static final int DEFAULT_COARSE_WINDOW = 90;
    /** Second-stage box window. */
    public static final int DEFAULT_FINE_WINDOW = 6;
    /** Long side of the reduced grid the first stage runs on. */
    public static final int DEFAULT_COARSE_LONG_SIDE = 1000;
    /** Side of the tiles the second stage visits. */
    private static final int TILE = 64;
    private static final float INV_255 = 1f / 255f;
    private static final float EPS = BlurFusionCoarse.EPS;
    /** Planes of the fine stage: α, F1·α (rgb), B1·(1−α) (rgb). */
    private static final int PLANES = 7;

    private final int coarseWindow;
    private final int fineWindow;
    private final int coarseLongSide;

    public ForegroundEstimator() {
        this(DEFAULT_COARSE_WINDOW, DEFAULT_FINE_WINDOW, DEFAULT_COARSE_LONG_SIDE);
    }

    public ForegroundEstimator(int coarseWindow, int fineWindow, int coarseLongSide) {
        if (coarseWindow < 1 || fineWindow < 1 || coarseLongSide < 1) {
            throw new IllegalArgumentException("windows and coarse size must be positive");
        }
        this.coarseWindow = coarseWindow;
        this.fineWindow = fineWindow;
        this.coarseLongSide = coarseLongSide;
    }

    /**
     * Replaces the RGB of {@code out} by the estimated foreground wherever {@code 0 < alpha < 255};
     * the alpha bits of {@code out} and every other pixel are left as they are.
     *
     * @param image the photo (its RGB is the observed composite)
     * @param alpha the matte, {@code width * height} bytes
     * @param out   packed ARGB of the result, {@code width * height}
     */
    public void estimate(RgbaImage image, byte[] alpha, int[] out) {
        int w = image.width();
        int h = image.height();
        if (alpha.length != w * h || out.length != w * h) {
            throw new IllegalArgumentException("alpha and output must have " + w * h + " pixels");
        }
        int tilesX = (w + TILE - 1) / TILE;
        int tilesY = (h + TILE - 1) / TILE;
        int[] softTiles = softTiles(alpha, w, h, tilesX, tilesY);
        if (softTiles.length == 0) {
            return;
        }
        BlurFusionCoarse coarse = BlurFusionCoarse.compute(image, alpha, coarseWindow, coarseLongSide);
        IntStream.of(softTiles).parallel().forEach(t -> refineTile(image, alpha, coarse,
                (t % tilesX) * TILE, (t / tilesX) * TILE, out));
    }

    private static int[] softTiles(byte[] alpha, int w, int h, int tilesX, int tilesY) {
        boolean[] soft = new boolean[tilesX * tilesY];
        Parallel.forRanges(tilesY, (long) TILE * w, (ty0, ty1) -> {
            for (int y = ty0 * TILE; y < Math.min(h, ty1 * TILE); y++) {
                int tileRow = (y / TILE) * tilesX;
                for (int x = 0; x < w; x++) {
                    int a = alpha[y * w + x] & 0xFF;
                    if (a != 0 && a != 255) {
                        soft[tileRow + x / TILE] = true;
                    }
                }
            }
        });
        return IntStream.range(0, soft.length).filter(i -> soft[i]).toArray();
    }

    /** Second stage for the tile at (x0, y0), with first-stage values evaluated on tile + window. */
    private void refineTile(RgbaImage image, byte[] alpha, BlurFusionCoarse coarse, int x0, int y0, int[] out) {
        int w = image.width();
        int h = image.height();
        int before = fineWindow / 2;
        int after = fineWindow - 1 - before;
        int x1 = Math.min(w, x0 + TILE);
        int y1 = Math.min(h, y0 + TILE);
        int rx0 = Math.max(0, x0 - before);
        int ry0 = Math.max(0, y0 - before);
        int rx1 = Math.min(w, x1 + after);
        int ry1 = Math.min(h, y1 + after);
        int rw = rx1 - rx0;
        int rh = ry1 - ry0;
        double[] table = summedAreaTable(image, alpha, coarse, rx0, ry0, rw, rh);
        int stride = (rw + 1) * PLANES;
        int[] argb = image.argb();
        double[] s = new double[PLANES];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int i = y * w + x;
                int ai = alpha[i] & 0xFF;
                if (ai == 0 || ai == 255) {
                    continue;
                }
                // Window in region coordinates; the region already stops at the image border.
                int wx0 = Math.max(rx0, x - before) - rx0;
                int wy0 = Math.max(ry0, y - before) - ry0;
                int wx1 = Math.min(rx1 - 1, x + after) - rx0 + 1;
                int wy1 = Math.min(ry1 - 1, y + after) - ry0 + 1;
                double inv = 1.0 / ((wx1 - wx0) * (wy1 - wy0));
                for (int c = 0; c < PLANES; c++) {
                    s[c] = (table[wy1 * stride + wx1 * PLANES + c] - table[wy0 * stride + wx1 * PLANES + c]
                            - table[wy1 * stride + wx0 * PLANES + c] + table[wy0 * stride + wx0 * PLANES + c]) * inv;
                }
                float a = ai * INV_255;
                float ba = (float) s[0];
                float fgDen = 1f / (ba + EPS);
                float bgDen = 1f / ((1f - ba) + EPS);
                int p = argb[i];
                int r = fuse(((p >>> 16) & 0xFF) * INV_255, a, (float) s[1] * fgDen, (float) s[4] * bgDen);
                int g = fuse(((p >>> 8) & 0xFF) * INV_255, a, (float) s[2] * fgDen, (float) s[5] * bgDen);
                int b = fuse((p & 0xFF) * INV_255, a, (float) s[3] * fgDen, (float) s[6] * bgDen);
                out[i] = (out[i] & 0xFF000000) | (r << 16) | (g << 8) | b;
            }
        }
    }

    /** Summed-area table of the fine-stage planes over the region, (rw+1) x (rh+1) x PLANES. */
    private static double[] summedAreaTable(RgbaImage image, byte[] alpha, BlurFusionCoarse coarse,
                                            int rx0, int ry0, int rw, int rh) {
        int w = image.width();
        int[] argb = image.argb();
        int stride = (rw + 1) * PLANES;
        double[] table = new double[(rh + 1) * stride];
        float[] v = new float[PLANES];
        float[] blurred = new float[6];
        for (int ry = 0; ry < rh; ry++) {
            int y = ry0 + ry;
            double[] rowSum = new double[PLANES];
            for (int rx = 0; rx < rw; rx++) {
                int x = rx0 + rx;
                int i = y * w + x;
                int p = argb[i];
                float a = (alpha[i] & 0xFF) * INV_255;
                float na = 1f - a;
                v[0] = a;
                coarse.sample(x, y, blurred);
                for (int c = 0; c < 3; c++) {
                    float image01 = ((p >>> (16 - 8 * c)) & 0xFF) * INV_255;
                    float bf = blurred[c];
                    float bb = blurred[3 + c];
                    float f1 = clip01(bf + a * (image01 - a * bf - na * bb));
                    v[1 + c] = f1 * a;
                    v[4 + c] = bb * na;
                }
                int cell = (ry + 1) * stride + (rx + 1) * PLANES;
                for (int c = 0; c < PLANES; c++) {
                    rowSum[c] += v[c];
                    table[cell + c] = table[cell - stride + c] + rowSum[c];
                }
            }
        }
        return table;
    }

    /** One channel of {@code F' = clip(bF + α(I − α·bF − (1−α)·bB))}, as 0..255. */
    private static int fuse(float image, float a, float bf, float bb) {
        float f = clip01(bf + a * (image - a * bf - (1f - a) * bb));
        return (int) (f * 255f + 0.5f);
    }

    private static float clip01(float v) {
        return v < 0f ? 0f : (v > 1f ? 1f : v);
    }
}
