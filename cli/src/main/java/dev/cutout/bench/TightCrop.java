package dev.cutout.bench;

import dev.cutout.image.RgbaImage;

/**
 * The "tight" variant of an evaluation photo: cropped to its subject's bounding box plus a margin
 * of 0–3 % of the box, so the subject touches or nearly fills the frame as in a product photo.
 * The truth is cropped with it, so it stays exact.
 */
final class TightCrop {

    /** Truth alpha at or above this is the subject (leaves out the faint haze some cut-outs carry). */
    static final int SUBJECT_ALPHA = 64;
    /** Margins cycle through 0, 1, 2 and 3 % of the box, by the photo's position in its set. */
    static final int MARGIN_STEPS = 4;

    private TightCrop() {
    }

    /** The crop of {@code image} with a margin of {@code marginPercent} % of its subject's box. */
    static EvalImage of(EvalImage image, int marginPercent) {
        RgbaImage photo = image.photo();
        int w = photo.width();
        int h = photo.height();
        int minX = w;
        int minY = h;
        int maxX = -1;
        int maxY = -1;
        byte[] truth = image.truth();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if ((truth[y * w + x] & 0xFF) >= SUBJECT_ALPHA) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            return image;
        }
        int mx = (int) Math.round((maxX - minX + 1) * marginPercent / 100.0);
        int my = (int) Math.round((maxY - minY + 1) * marginPercent / 100.0);
        int x0 = Math.max(0, minX - mx);
        int y0 = Math.max(0, minY - my);
        int x1 = Math.min(w, maxX + 1 + mx);
        int y1 = Math.min(h, maxY + 1 + my);
        int cw = x1 - x0;
        int ch = y1 - y0;
        int[] argb = new int[cw * ch];
        byte[] cropped = new byte[cw * ch];
        for (int y = 0; y < ch; y++) {
            System.arraycopy(photo.argb(), (y0 + y) * w + x0, argb, y * cw, cw);
            System.arraycopy(truth, (y0 + y) * w + x0, cropped, y * cw, cw);
        }
        return new EvalImage(image.name(), new RgbaImage(cw, ch, argb, photo.hasAlpha()), cropped);
    }
}
