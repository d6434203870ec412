package dev.cutout.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Cut-out-like test images made from a photo, shared by the encoder benchmarks. */
public final class CutoutImages {

    /** Width of the soft edge, as a fraction of the ellipse's radius. */
    private static final double EDGE = 0.04;

    private CutoutImages() {
    }

    /** A soft-edged ellipse of the photo, scaled (bilinear) to {@code w}×{@code h}, on fully transparent zeros. */
    public static RgbaImage ellipse(BufferedImage photo, int w, int h) {
        BufferedImage scaled = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(photo, 0, 0, w, h, null);
        g.dispose();
        int[] argb = scaled.getRGB(0, 0, w, h, null, 0, w);
        double rx = w * 0.4;
        double ry = h * 0.35;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = (x - w / 2.0) / rx;
                double dy = (y - h / 2.0) / ry;
                double inside = (1 - Math.sqrt(dx * dx + dy * dy)) / EDGE;
                int alpha = (int) Math.round(255 * Math.max(0, Math.min(1, inside)));
                int i = y * w + x;
                argb[i] = alpha == 0 ? 0 : alpha << 24 | (argb[i] & 0xFFFFFF);
            }
        }
        return new RgbaImage(w, h, argb, true);
    }
}
