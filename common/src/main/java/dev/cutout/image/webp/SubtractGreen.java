package dev.cutout.image.webp;

/** The subtract-green transform: red and blue minus green, modulo 256, which decorrelates most photos. */
final class SubtractGreen {

    private SubtractGreen() {
    }

    static void applyInPlace(int[] pixels) {
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            int g = (p >>> 8) & 0xFF;
            pixels[i] = (p & 0xFF00FF00) | ((((p >>> 16) - g) & 0xFF) << 16) | ((p - g) & 0xFF);
        }
    }
}
