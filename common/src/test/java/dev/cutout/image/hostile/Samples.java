package dev.cutout.image.hostile;

import dev.cutout.image.TestImages;
import java.awt.image.BufferedImage;
import java.util.Random;

/** The small, valid pictures the corpus damages: a seeded gradient with noise, so a cut lands in pixel data. */
final class Samples {

    static final int WIDTH = 64;
    static final int HEIGHT = 48;

    private Samples() {
    }

    static BufferedImage photo(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Random random = new Random(width * 31L + height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (x * 255 / Math.max(1, width - 1) + random.nextInt(40)) & 0xFF;
                int g = (y * 255 / Math.max(1, height - 1) + random.nextInt(40)) & 0xFF;
                int b = (x + y + random.nextInt(60)) & 0xFF;
                image.setRGB(x, y, 0xFF000000 | TestImages.rgb(r, g, b));
            }
        }
        return image;
    }

    static BufferedImage photo() {
        return photo(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    }
}
