package dev.cutout.image;

import static dev.cutout.image.ColourAssert.assertColourNear;
import static dev.cutout.image.ColourAssert.assertCorners;
import static dev.cutout.image.TestImages.BLUE;
import static dev.cutout.image.TestImages.GREEN;
import static dev.cutout.image.TestImages.RED;
import static dev.cutout.image.TestImages.WHITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import org.junit.jupiter.api.Test;

class ImageDecoderFormatsTest {

    private static final int LOSSY = 24;
    private final ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);

    @Test
    void decodesBaselineJpeg() {
        RgbaImage image = decoder.decode(TestImages.jpeg(TestImages.corners(16, BufferedImage.TYPE_INT_RGB), false));

        assertThat(image.width()).isEqualTo(64);
        assertThat(image.height()).isEqualTo(32);
        assertThat(image.hasAlpha()).isFalse();
        assertCorners(image, RED, GREEN, BLUE, WHITE, LOSSY);
    }

    @Test
    void decodesProgressiveJpeg() {
        byte[] progressive = TestImages.jpeg(TestImages.corners(16, BufferedImage.TYPE_INT_RGB), true);

        RgbaImage image = decoder.decode(progressive);

        assertThat(image.width()).isEqualTo(64);
        assertCorners(image, RED, GREEN, BLUE, WHITE, LOSSY);
    }

    @Test
    void roundTripsOpaquePngPixelsBitExactly() {
        BufferedImage source = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < source.getHeight(); y++) {
            for (int x = 0; x < source.getWidth(); x++) {
                source.setRGB(x, y, random.nextInt());
            }
        }

        RgbaImage image = decoder.decode(TestImages.write(source, "png"));

        assertThat(image.argb()).containsExactly(source.getRGB(0, 0, 37, 23, null, 0, 37));
        assertThat(image.hasAlpha()).isFalse();
    }

    @Test
    void keepsPngAlphaExactly() {
        BufferedImage source = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        source.setRGB(0, 0, 0x80123456);
        source.setRGB(1, 0, 0x00000000);

        RgbaImage image = decoder.decode(TestImages.write(source, "png"));

        assertThat(image.hasAlpha()).isTrue();
        assertThat(image.argb()).containsExactly(0x80123456, 0x00000000);
    }

    @Test
    void decodesGreyPngWithoutShiftingItsTones() {
        BufferedImage source = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_GRAY);
        source.getRaster().setPixels(0, 0, 3, 1, new int[] {0, 128, 255});

        RgbaImage image = decoder.decode(TestImages.write(source, "png"));

        assertThat(image.argb()).containsExactly(0xFF000000, 0xFF808080, 0xFFFFFFFF);
    }

    @Test
    void scalesSixteenBitGreyPngToEightBits() {
        BufferedImage source = new BufferedImage(3, 1, BufferedImage.TYPE_USHORT_GRAY);
        source.getRaster().setPixels(0, 0, 3, 1, new int[] {0xFFFF, 0x8080, 0});

        RgbaImage image = decoder.decode(TestImages.write(source, "png"));

        assertThat(image.argb()).containsExactly(0xFFFFFFFF, 0xFF808080, 0xFF000000);
    }

    @Test
    void scalesSixteenBitRgbaPngToEightBits() {
        BufferedImage source = SixteenBitImages.rgba(1, 1);
        source.getRaster().setPixel(0, 0, new int[] {0xFFFF, 0x8080, 0, 0x8080});

        RgbaImage image = decoder.decode(TestImages.write(source, "png"));

        assertThat(image.hasAlpha()).isTrue();
        assertThat(image.argb()).containsExactly(0x80FF8000);
    }

    @Test
    void appliesPaletteTransparencyFromPngTrns() {
        IndexColorModel palette = new IndexColorModel(8, 2,
                new byte[] {(byte) 255, 0}, new byte[] {0, 0}, new byte[] {0, (byte) 255}, new byte[] {(byte) 255, 0});
        BufferedImage source = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_INDEXED, palette);
        source.getRaster().setPixels(0, 0, 2, 1, new int[] {0, 1});

        RgbaImage image = decoder.decode(TestImages.write(source, "png"));

        assertThat(image.hasAlpha()).isTrue();
        assertThat(image.argb()).containsExactly(0xFFFF0000, 0x000000FF);
    }

    @Test
    void decodesOneBitPng() {
        BufferedImage source = new BufferedImage(9, 1, BufferedImage.TYPE_BYTE_BINARY);
        source.setRGB(8, 0, WHITE);

        RgbaImage image = decoder.decode(TestImages.write(source, "png"));

        assertThat(image.argb()[0]).isEqualTo(0xFF000000);
        assertThat(image.argb()[8]).isEqualTo(WHITE);
    }

    @Test
    void turnsGifTransparencyIntoAlpha() {
        // 16x16 because the JDK's own GIF writer/reader pair loses the last row of images under ~32 pixels.
        IndexColorModel palette = new IndexColorModel(8, 2,
                new byte[] {(byte) 255, 0}, new byte[] {0, (byte) 255}, new byte[] {0, 0}, 1);
        BufferedImage source = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_INDEXED, palette);
        for (int y = 0; y < 16; y++) {
            for (int x = 8; x < 16; x++) {
                source.getRaster().setSample(x, y, 0, 1);
            }
        }

        RgbaImage image = decoder.decode(TestImages.write(source, "gif"));

        assertThat(image.width()).isEqualTo(16);
        assertThat(image.hasAlpha()).isTrue();
        assertThat(TestImages.argbAt(image, 0, 15)).isEqualTo(RED);
        assertThat(TestImages.argbAt(image, 15, 15) >>> 24).isZero();
    }

    @Test
    void readsOnlyTheFirstFrameOfAnAnimatedGif() {
        RgbaImage image = decoder.decode(AnimatedGif.twoFrames(16, 0xFFFF0000, 0xFF0000FF));

        assertThat(image.width()).isEqualTo(16);
        assertColourNear(TestImages.argbAt(image, 8, 8), RED, 0);
    }

    @Test
    void decodesBmp() {
        RgbaImage image = decoder.decode(TestImages.write(TestImages.corners(4, BufferedImage.TYPE_INT_RGB), "bmp"));

        assertThat(image.width()).isEqualTo(16);
        assertThat(image.height()).isEqualTo(8);
        assertCorners(image, RED, GREEN, BLUE, WHITE, 0);
    }

    @Test
    void decodesTiffWithAlpha() {
        BufferedImage source = TestImages.corners(4, BufferedImage.TYPE_INT_ARGB);
        source.setRGB(0, 0, 0x40FF0000);

        RgbaImage image = decoder.decode(TestImages.write(source, "tiff"));

        assertThat(image.hasAlpha()).isTrue();
        assertThat(TestImages.argbAt(image, 0, 0)).isEqualTo(0x40FF0000);
        assertCorners(image, RED, GREEN, BLUE, WHITE, 0);
    }

    @Test
    void decodesLossyWebp() {
        RgbaImage image = decoder.decode(TestImages.resource("quadrants-lossy.webp"));

        assertThat(image.width()).isEqualTo(64);
        assertThat(image.height()).isEqualTo(32);
        assertCorners(image, RED, GREEN, BLUE, WHITE, LOSSY);
    }

    @Test
    void decodesLosslessWebpExactly() {
        RgbaImage image = decoder.decode(TestImages.resource("quadrants-lossless.webp"));

        assertCorners(image, RED, GREEN, BLUE, WHITE, 0);
    }

    @Test
    void decodesWebpAlpha() {
        RgbaImage image = decoder.decode(TestImages.resource("half-transparent.webp"));

        assertThat(image.hasAlpha()).isTrue();
        assertColourNear(TestImages.argbAt(image, 8, 16), RED, LOSSY);
        assertThat(TestImages.argbAt(image, 56, 16) >>> 24).isZero();
    }

    @Test
    void rotatesWebpByItsExifChunk() {
        RgbaImage image = decoder.decode(TestImages.resource("quadrants-lossless-exif-rotate90cw.webp"));

        assertThat(image.width()).isEqualTo(32);
        assertThat(image.height()).isEqualTo(64);
        // Rotating clockwise brings the bottom-left (blue) to the top-left.
        assertCorners(image, BLUE, RED, WHITE, GREEN, 0);
    }
}
