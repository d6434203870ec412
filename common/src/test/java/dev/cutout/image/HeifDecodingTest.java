package dev.cutout.image;

import static dev.cutout.image.ColourAssert.assertColourNear;
import static dev.cutout.image.ColourAssert.assertCorners;
import static dev.cutout.image.TestImages.BLUE;
import static dev.cutout.image.TestImages.GREEN;
import static dev.cutout.image.TestImages.RED;
import static dev.cutout.image.TestImages.WHITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cutout.contract.ErrorCode;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Needs libheif1 and libheif-examples installed; without them these tests fail rather than skip. */
class HeifDecodingTest {

    private static final int LOSSY = 32;
    private final ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);

    @TempDir
    Path dir;

    @Test
    void listsHeicAndAvifAsSupportedWhenLibheifLoads() {
        assertThat(ImageDecoder.supportedFormats()).containsExactlyInAnyOrder(ImageFormat.values());
    }

    @Test
    void decodesHeic() throws Exception {
        byte[] heic = HeifEncoder.encode(TestImages.corners(16, BufferedImage.TYPE_INT_RGB), dir, false);

        assertThat(FormatDetector.detect(heic)).contains(ImageFormat.HEIC);
        assertThat(decoder.probe(heic)).isEqualTo(new ImageHeader(ImageFormat.HEIC, 64, 32));
        RgbaImage image = decoder.decode(heic);
        assertThat(image.width()).isEqualTo(64);
        assertThat(image.height()).isEqualTo(32);
        assertThat(image.hasAlpha()).isFalse();
        assertCorners(image, RED, GREEN, BLUE, WHITE, LOSSY);
    }

    @Test
    void decodesHeicAlpha() throws Exception {
        BufferedImage source = TestImages.corners(16, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 32; x < 64; x++) {
                source.setRGB(x, y, 0x00000000);
            }
        }

        RgbaImage image = decoder.decode(HeifEncoder.encode(source, dir, false));

        assertThat(image.hasAlpha()).isTrue();
        assertColourNear(TestImages.argbAt(image, 8, 8), RED, LOSSY);
        assertThat(TestImages.argbAt(image, 56, 8) >>> 24).isLessThan(16);
    }

    @Test
    void decodesAvif() throws Exception {
        byte[] avif = HeifEncoder.encode(TestImages.corners(16, BufferedImage.TYPE_INT_RGB), dir, true);

        assertThat(FormatDetector.detect(avif)).contains(ImageFormat.AVIF);
        RgbaImage image = decoder.decode(avif);
        assertThat(image.width()).isEqualTo(64);
        assertThat(image.height()).isEqualTo(32);
        assertCorners(image, RED, GREEN, BLUE, WHITE, LOSSY);
    }

    @Test
    void refusesHeicOverThePixelLimitFromItsHeader() throws Exception {
        byte[] heic = HeifEncoder.encode(TestImages.corners(16, BufferedImage.TYPE_INT_RGB), dir, false);
        ImageDecoder strict = new ImageDecoder(new ImageLimits(1_000_000, 1_000));

        ImageException fromProbe = catchThrowableOfType(() -> strict.probe(heic), ImageException.class);
        ImageException fromDecode = catchThrowableOfType(() -> strict.decode(heic), ImageException.class);

        assertThat(fromProbe.code()).isEqualTo(ErrorCode.TOO_MANY_PIXELS);
        assertThat(fromDecode.code()).isEqualTo(ErrorCode.TOO_MANY_PIXELS);
    }

    @Test
    void refusesTruncatedHeicAsCorrupt() throws Exception {
        byte[] heic = HeifEncoder.encode(TestImages.corners(16, BufferedImage.TYPE_INT_RGB), dir, false);

        ImageException refused = catchThrowableOfType(
                () -> decoder.decode(Arrays.copyOf(heic, heic.length / 2)), ImageException.class);

        assertThat(refused.code()).as(refused.getMessage()).isEqualTo(ErrorCode.CORRUPT_IMAGE);
    }

    @Test
    void refusesFtypBoxWithoutImageAsCorrupt() {
        byte[] ftypOnly = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'};

        ImageException refused = catchThrowableOfType(() -> decoder.decode(ftypOnly), ImageException.class);

        assertThat(refused.code()).as(refused.getMessage()).isEqualTo(ErrorCode.CORRUPT_IMAGE);
    }
}
