package dev.cutout.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExifOrientationTest {

    private static final int APP1 = 0xE1;
    private static final byte[] PLAIN_JPEG = TestImages.jpeg(TestImages.corners(8, BufferedImage.TYPE_INT_RGB), false);

    @Test
    void readsOrientationFromLittleAndBigEndianExif() {
        for (int value = 1; value <= 8; value++) {
            assertThat(ExifOrientation.read(ImageFormat.JPEG, jpegWithExif(TestImages.exifTiff(value, true))).exifValue())
                    .isEqualTo(value);
            assertThat(ExifOrientation.read(ImageFormat.JPEG, jpegWithExif(TestImages.exifTiff(value, false))).exifValue())
                    .isEqualTo(value);
        }
    }

    @Test
    void readsOrientationFromPngExifChunk() {
        byte[] png = TestImages.write(TestImages.corners(2, BufferedImage.TYPE_INT_RGB), "png");
        byte[] withExif = TestImages.concat(Arrays.copyOf(png, 33),
                TestImages.pngChunk("eXIf", TestImages.exifTiff(6, false)), Arrays.copyOfRange(png, 33, png.length));

        assertThat(ExifOrientation.read(ImageFormat.PNG, withExif)).isEqualTo(Orientation.ROTATE_90_CW);
    }

    @Test
    void readsOrientationFromWebpExifChunk() {
        byte[] webp = TestImages.resource("quadrants-lossless-exif-rotate90cw.webp");

        assertThat(ExifOrientation.read(ImageFormat.WEBP, webp)).isEqualTo(Orientation.ROTATE_90_CW);
    }

    @Test
    void treatsMissingExifAsStoredOrientation() {
        assertThat(ExifOrientation.read(ImageFormat.JPEG, PLAIN_JPEG)).isEqualTo(Orientation.NORMAL);
    }

    @Test
    void ignoresExifWhoseIfdOffsetPointsOutsideTheBlock() {
        byte[] tiff = TestImages.exifTiff(6, true);
        tiff[4] = (byte) 0xF0; // IFD0 offset far past the end

        assertThat(ExifOrientation.read(ImageFormat.JPEG, jpegWithExif(tiff))).isEqualTo(Orientation.NORMAL);
    }

    @Test
    void ignoresExifWithTruncatedEntriesOrWrongMagic() {
        byte[] truncated = Arrays.copyOf(TestImages.exifTiff(6, true), 14);
        byte[] wrongMagic = TestImages.exifTiff(6, true);
        wrongMagic[2] = 43;

        assertThat(ExifOrientation.read(ImageFormat.JPEG, jpegWithExif(truncated))).isEqualTo(Orientation.NORMAL);
        assertThat(ExifOrientation.read(ImageFormat.JPEG, jpegWithExif(wrongMagic))).isEqualTo(Orientation.NORMAL);
    }

    @Test
    void survivesRandomGarbageInsideTheExifSegment() {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            byte[] garbage = new byte[random.nextInt(64)];
            random.nextBytes(garbage);
            if (garbage.length >= 2) {
                garbage[0] = 'I';
                garbage[1] = 'I';
            }
            assertThat(ExifOrientation.read(ImageFormat.JPEG, jpegWithExif(garbage))).isNotNull();
        }
    }

    @Test
    void survivesAJpegSegmentLengthRunningPastTheEnd() {
        byte[] cut = Arrays.copyOf(jpegWithExif(TestImages.exifTiff(6, true)), 12);

        assertThat(ExifOrientation.read(ImageFormat.JPEG, cut)).isEqualTo(Orientation.NORMAL);
    }

    private static byte[] jpegWithExif(byte[] tiff) {
        return TestImages.spliceAfterSoi(PLAIN_JPEG, APP1, TestImages.jpegExifSegment(tiff));
    }
}
