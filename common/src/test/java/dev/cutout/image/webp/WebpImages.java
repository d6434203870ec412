package dev.cutout.image.webp;

import dev.cutout.image.RgbaImage;
import java.util.Random;

/** Synthetic test pictures: noise, gradients, and soft-edged cut-outs with RGB left under alpha 0. */
final class WebpImages {

    private WebpImages() {
    }

    static RgbaImage noise(int w, int h, long seed) {
        return new RgbaImage(w, h, new Random(seed).ints(w * h).toArray(), true);
    }

    static RgbaImage allTransparent(int w, int h) {
        return new RgbaImage(w, h, new int[w * h], true);
    }

    /** Smooth colour ramps plus a little noise, opaque: what a photo looks like to a predictor. */
    static RgbaImage opaquePhotoLike(int w, int h, long seed) {
        Random random = new Random(seed);
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = (x * 255 / Math.max(1, w - 1) + random.nextInt(5)) & 0xFF;
                int g = (y * 255 / Math.max(1, h - 1) + random.nextInt(5)) & 0xFF;
                int b = ((x + y) * 3 + random.nextInt(3)) & 0xFF;
                argb[y * w + x] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
        return new RgbaImage(w, h, argb, false);
    }

    /**
     * A disc of photo-like content with a soft alpha edge; outside it alpha is 0 but the RGB is kept
     * (not zeroed), so a writer that drops or premultiplies it fails the round trip.
     */
    static RgbaImage softDiscWithHiddenRgb(int w, int h, long seed) {
        int[] argb = opaquePhotoLike(w, h, seed).argb();
        double radius = Math.min(w, h) * 0.4;
        double edge = Math.max(1, radius * 0.1);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = Math.hypot(x - w / 2.0, y - h / 2.0);
                int alpha = (int) Math.round(255 * Math.max(0, Math.min(1, (radius - d) / edge)));
                int i = y * w + x;
                argb[i] = alpha << 24 | (argb[i] & 0xFFFFFF);
            }
        }
        return new RgbaImage(w, h, argb, true);
    }

    /**
     * Noise of channel values 0..15 in the top half and 240..255 in the bottom half: the same
     * entropy in each half, but one set of codes for both costs a bit per channel more.
     */
    static RgbaImage twoHalves(int w, int h, long seed) {
        int[] argb = noise(w, h, seed).argb();
        for (int i = 0; i < argb.length; i++) {
            argb[i] = i < w * (h / 2) ? argb[i] & 0x0F0F0F0F : argb[i] | 0xF0F0F0F0;
        }
        return new RgbaImage(w, h, argb, true);
    }
}
