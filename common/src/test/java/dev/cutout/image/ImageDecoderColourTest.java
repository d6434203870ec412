package dev.cutout.image;

import static dev.cutout.image.ColourAssert.assertColourNear;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageDecoderColourTest {

    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    /** "Adobe", version 100, flags 0 and 0, colour transform 0 (no YCC: the samples are CMYK). */
    private static final byte[] ADOBE_CMYK = {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
    private final ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);

    @Test
    void convertsJpegWithLinearRgbProfileToSrgb() {
        BufferedImage grey = solid(0xFF404040);
        byte[] plain = TestImages.jpeg(grey, false);
        byte[] tagged = TestImages.spliceAfterSoi(plain, APP2, iccSegment(ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB)));

        int untagged = TestImages.argbAt(decoder.decode(plain), 8, 8);
        int converted = TestImages.argbAt(decoder.decode(tagged), 8, 8);

        assertColourNear(untagged, 0xFF404040, 3);
        // Linear 0x40 (25% light) is 0x89 once sRGB's gamma curve is applied.
        assertColourNear(converted, 0xFF898989, 6);
    }

    @Test
    void convertsCmykJpegToSrgb() {
        // Photoshop-style CMYK: an Adobe APP14 marker (transform 0) and inverted samples, so 255-0-0-255 is C0 M100 Y100 K0: red.
        byte[] cmyk = TestImages.spliceAfterSoi(cmykJpeg(255, 0, 0, 255), APP14, ADOBE_CMYK);

        RgbaImage image = decoder.decode(cmyk);

        assertThat(image.width()).isEqualTo(16);
        assertThat(image.hasAlpha()).isFalse();
        int red = TestImages.argbAt(image, 8, 8);
        assertThat((red >> 16) & 0xFF).as("red of %08X", red).isGreaterThan(180);
        assertThat((red >> 8) & 0xFF).as("green of %08X", red).isLessThan(80);
        assertThat(red & 0xFF).as("blue of %08X", red).isLessThan(80);
    }

    private static byte[] iccSegment(ICC_Profile profile) {
        byte[] header = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
        return TestImages.concat(header, new byte[] {1, 1}, profile.getData());
    }

    private static BufferedImage solid(int argb) {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                image.setRGB(x, y, argb);
            }
        }
        return image;
    }

    private static byte[] cmykJpeg(int c, int m, int y, int k) {
        WritableRaster raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, 16, 16, 4, null);
        for (int row = 0; row < 16; row++) {
            for (int col = 0; col < 16; col++) {
                raster.setPixel(col, row, new int[] {c, m, y, k});
            }
        }
        return TestImages.jpegOfRaster(raster);
    }
}
