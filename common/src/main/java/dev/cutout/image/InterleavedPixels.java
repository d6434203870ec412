package dev.cutout.image;

import java.awt.image.ComponentSampleModel;

/** Tight loops that pack interleaved 8-bit, 16-bit and palette rasters into ARGB ints; O(pixels), no per-pixel objects. */
final class InterleavedPixels {

    private InterleavedPixels() {
    }

    static boolean isSingleBank(ComponentSampleModel sm) {
        for (int bank : sm.getBankIndices()) {
            if (bank != 0) {
                return false;
            }
        }
        return true;
    }

    static void bytes(byte[] d, ComponentSampleModel sm, BandLayout l, int[] out) {
        int w = sm.getWidth();
        int h = sm.getHeight();
        int ps = sm.getPixelStride();
        int scan = sm.getScanlineStride();
        int r = l.red();
        int g = l.green();
        int b = l.blue();
        int a = l.alpha();
        boolean alpha = l.hasAlpha();
        int i = 0;
        for (int y = 0; y < h; y++) {
            int p = y * scan;
            for (int x = 0; x < w; x++, p += ps) {
                int av = alpha ? d[p + a] & 0xFF : 0xFF;
                out[i++] = av << 24 | (d[p + r] & 0xFF) << 16 | (d[p + g] & 0xFF) << 8 | (d[p + b] & 0xFF);
            }
        }
    }

    static void shorts(short[] d, ComponentSampleModel sm, BandLayout l, int[] out) {
        int w = sm.getWidth();
        int h = sm.getHeight();
        int ps = sm.getPixelStride();
        int scan = sm.getScanlineStride();
        int r = l.red();
        int g = l.green();
        int b = l.blue();
        int a = l.alpha();
        boolean alpha = l.hasAlpha();
        int i = 0;
        for (int y = 0; y < h; y++) {
            int p = y * scan;
            for (int x = 0; x < w; x++, p += ps) {
                int av = alpha ? to8(d[p + a]) : 0xFF;
                out[i++] = av << 24 | to8(d[p + r]) << 16 | to8(d[p + g]) << 8 | to8(d[p + b]);
            }
        }
    }

    static void indexed(byte[] d, int scan, int w, int h, int[] lut, int[] out) {
        int i = 0;
        for (int y = 0; y < h; y++) {
            int p = y * scan;
            for (int x = 0; x < w; x++) {
                out[i++] = lut[d[p + x] & 0xFF];
            }
        }
    }

    /** Rounds a 16-bit sample to 8 bits: round(v * 255 / 65535) == round(v / 257). */
    private static int to8(short sample) {
        return ((sample & 0xFFFF) + 128) / 257;
    }
}
