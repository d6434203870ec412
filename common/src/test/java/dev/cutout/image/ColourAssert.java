package dev.cutout.image;

import static org.assertj.core.api.Assertions.assertThat;

/** Compares ARGB colours channel by channel within a tolerance, for lossy codecs. */
final class ColourAssert {

    private ColourAssert() {
    }

    static void assertColourNear(int actual, int expected, int tolerance) {
        String description = String.format("colour %08X close to %08X (±%d)", actual, expected, tolerance);
        for (int shift = 0; shift <= 24; shift += 8) {
            int a = (actual >>> shift) & 0xFF;
            int e = (expected >>> shift) & 0xFF;
            assertThat(Math.abs(a - e)).as(description).isLessThanOrEqualTo(tolerance);
        }
    }

    /** Checks the centre of each quadrant of an image laid out like {@link TestImages#corners}. */
    static void assertCorners(RgbaImage image, int topLeft, int topRight, int bottomLeft, int bottomRight, int tolerance) {
        int qx = image.width() / 4;
        int qy = image.height() / 4;
        assertColourNear(TestImages.argbAt(image, qx, qy), topLeft, tolerance);
        assertColourNear(TestImages.argbAt(image, image.width() - 1 - qx, qy), topRight, tolerance);
        assertColourNear(TestImages.argbAt(image, qx, image.height() - 1 - qy), bottomLeft, tolerance);
        assertColourNear(TestImages.argbAt(image, image.width() - 1 - qx, image.height() - 1 - qy), bottomRight, tolerance);
    }
}
