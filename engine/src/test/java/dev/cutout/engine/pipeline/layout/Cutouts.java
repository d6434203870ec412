package dev.cutout.engine.pipeline.layout;

import dev.cutout.image.RgbaImage;
import java.util.function.IntBinaryOperator;

/** Synthetic cut-outs for the layout tests. */
final class Cutouts {

    private Cutouts() {
    }

    /**
     * A white disc, opaque inside, with a linear soft edge {@code edge} px wide, on a transparent field
     * whose hidden RGB is {@code fieldRgb} (what a decoder or an earlier step may leave there).
     */
    static RgbaImage whiteDisc(int size, double radius, double edge, int fieldRgb) {
        double c = size / 2.0;
        return of(size, size, (x, y) -> {
            double d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
            int a = (int) Math.round(255 * Math.max(0, Math.min(1, (radius - d) / edge + 0.5)));
            return a == 0 ? fieldRgb : a << 24 | 0xFFFFFF;
        });
    }

    /** Noisy colours (no two neighbours alike) with the alpha of {@code alpha}. */
    static RgbaImage noisy(int w, int h, IntBinaryOperator alpha) {
        return of(w, h, (x, y) -> alpha.applyAsInt(x, y) << 24
                | ((x * 37 + y * 11) & 0xFF) << 16 | ((x * 7 + y * 91) & 0xFF) << 8 | ((x ^ y) * 5 & 0xFF));
    }

    /** An opaque {@code rgb} rectangle {@code [x0, x1) x [y0, y1)} on transparent black. */
    static RgbaImage rectangle(int w, int h, int x0, int y0, int x1, int y1, int rgb) {
        return of(w, h, (x, y) -> x >= x0 && x < x1 && y >= y0 && y < y1 ? 0xFF000000 | rgb : 0);
    }

    static RgbaImage of(int w, int h, IntBinaryOperator argb) {
        int[] px = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                px[y * w + x] = argb.applyAsInt(x, y);
            }
        }
        return new RgbaImage(w, h, px, true);
    }

    static int alpha(int argb) {
        return argb >>> 24;
    }

    static int red(int argb) {
        return (argb >>> 16) & 0xFF;
    }

    static int green(int argb) {
        return (argb >>> 8) & 0xFF;
    }

    static int blue(int argb) {
        return argb & 0xFF;
    }
}
