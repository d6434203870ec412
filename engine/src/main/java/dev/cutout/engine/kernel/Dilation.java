package dev.cutout.engine.kernel;

/** Binary dilation by a square, separable: O(pixels x radius). */
public final class Dilation {

    private Dilation() {
    }

    /** Pixels within Chebyshev distance {@code r} of a non-zero pixel become 1. */
    public static byte[] square(byte[] mask, int w, int h, int r) {
        byte[] horizontal = new byte[mask.length];
        for (int y = 0; y < h; y++) {
            int off = y * w;
            for (int x = 0; x < w; x++) {
                if (mask[off + x] != 0) {
                    int lo = Math.max(0, x - r);
                    int hi = Math.min(w - 1, x + r);
                    for (int k = lo; k <= hi; k++) {
                        horizontal[off + k] = 1;
                    }
                }
            }
        }
        byte[] out = new byte[mask.length];
        for (int y = 0; y < h; y++) {
            int lo = Math.max(0, y - r);
            int hi = Math.min(h - 1, y + r);
            for (int x = 0; x < w; x++) {
                byte v = 0;
                for (int k = lo; k <= hi && v == 0; k++) {
                    v = horizontal[k * w + x];
                }
                out[y * w + x] = v;
            }
        }
        return out;
    }
}
