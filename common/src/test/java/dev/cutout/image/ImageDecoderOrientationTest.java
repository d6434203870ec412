package dev.cutout.image;

import static dev.cutout.image.ColourAssert.assertCorners;
import static dev.cutout.image.TestImages.BLUE;
import static dev.cutout.image.TestImages.GREEN;
import static dev.cutout.image.TestImages.RED;
import static dev.cutout.image.TestImages.WHITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageDecoderOrientationTest {

    private static final int APP1 = 0xE1;
    private static final int JPEG_TOLERANCE = 24;
    private static final byte[] STORED = TestImages.jpeg(TestImages.corners(16, BufferedImage.TYPE_INT_RGB), false);

    private final ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);

    /** Stored 64x32 with corners R G / B W; columns are the upright corners TL, TR, BL, BR. */
    @ParameterizedTest(name = "EXIF orientation {0}")
    @CsvSource({
            "1, 64, 32, RED,   GREEN, BLUE,  WHITE",
            "2, 64, 32, GREEN, RED,   WHITE, BLUE",
            "3, 64, 32, WHITE, BLUE,  GREEN, RED",
            "4, 64, 32, BLUE,  WHITE, RED,   GREEN",
            "5, 32, 64, RED,   BLUE,  GREEN, WHITE",
            "6, 32, 64, BLUE,  RED,   WHITE, GREEN",
            "7, 32, 64, WHITE, GREEN, BLUE,  RED",
            "8, 32, 64, GREEN, WHITE, RED,   BLUE"})
    void turnsJpegUprightByItsExifOrientation(int exif, int width, int height,
                                              String topLeft, String topRight, String bottomLeft, String bottomRight) {
        for (boolean littleEndian : new boolean[] {true, false}) {
            byte[] jpeg = TestImages.spliceAfterSoi(STORED, APP1,
                    TestImages.jpegExifSegment(TestImages.exifTiff(exif, littleEndian)));

            RgbaImage image = decoder.decode(jpeg);

            assertThat(image.width()).isEqualTo(width);
            assertThat(image.height()).isEqualTo(height);
            assertCorners(image, colour(topLeft), colour(topRight), colour(bottomLeft), colour(bottomRight), JPEG_TOLERANCE);
        }
    }

    @ParameterizedTest(name = "probe keeps stored size for orientation {0}")
    @CsvSource({"1", "6", "8"})
    void probeReportsStoredDimensionsBeforeOrientation(int exif) {
        byte[] jpeg = TestImages.spliceAfterSoi(STORED, APP1, TestImages.jpegExifSegment(TestImages.exifTiff(exif, true)));

        assertThat(decoder.probe(jpeg)).isEqualTo(new ImageHeader(ImageFormat.JPEG, 64, 32));
    }

    @ParameterizedTest(name = "broken EXIF variant {0} still decodes")
    @CsvSource({"4", "10", "14"})
    void decodesJpegWhoseExifIsBroken(int keptBytes) {
        byte[] broken = Arrays.copyOf(TestImages.exifTiff(6, true), keptBytes);
        byte[] jpeg = TestImages.spliceAfterSoi(STORED, APP1, TestImages.jpegExifSegment(broken));

        RgbaImage image = decoder.decode(jpeg);

        assertThat(image.width()).isEqualTo(64);
        assertCorners(image, RED, GREEN, BLUE, WHITE, JPEG_TOLERANCE);
    }

    private static int colour(String name) {
        return switch (name) {
            case "RED" -> RED;
            case "GREEN" -> GREEN;
            case "BLUE" -> BLUE;
            case "WHITE" -> WHITE;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
