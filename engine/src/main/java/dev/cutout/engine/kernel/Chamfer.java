package dev.cutout.engine.kernel;

/** City-block distance transforms by two raster passes. O(pixels). */
public final class Chamfer {

    private Chamfer() {
    }

    /**
     * For each pixel of {@code mask} (non-zero), its city-block distance to the nearest pixel outside it
     * (the image's border counts as outside, so a pixel on the border is at 1); 0 outside the mask.
     */
    public static int[] inside(byte[] mask, int w, int h) {
        int[] region = new int[mask.length];
        for (int i = 0; i < mask.length; i++) {
            region[i] = mask[i] != 0 ? 1 : 0;
        }
        return inside(region, 1, w, h);
    }

    /** As {@link #inside(byte[], int, int)} for the pixels whose entry in {@code labels} is {@code label}. */
    public static int[] inside(int[] labels, int label, int w, int h) {
        int inf = w + h;
        int[] d = new int[labels.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (labels[i] != label) {
                    continue;
                }
                int up = y > 0 ? d[i - w] : 0;
                int left = x > 0 ? d[i - 1] : 0;
                d[i] = Math.min(inf, Math.min(up, left) + 1);
            }
        }
        for (int y = h - 1; y >= 0; y--) {
            for (int x = w - 1; x >= 0; x--) {
                int i = y * w + x;
                if (d[i] == 0) {
                    continue;
                }
                int down = y < h - 1 ? d[i + w] : 0;
                int right = x < w - 1 ? d[i + 1] : 0;
                d[i] = Math.min(d[i], Math.min(down, right) + 1);
            }
        }
        return d;
    }
}
