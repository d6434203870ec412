package dev.cutout.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cutout.contract.ErrorCode;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ImageDecoderRefusalTest {

    private final ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);
    private final BufferedImage photo = TestImages.corners(32, BufferedImage.TYPE_INT_RGB);

    @Test
    void refusesPngWhoseHeaderClaimsTenGigapixelsBeforeAllocating() {
        byte[] huge = TestImages.pngHeaderOnly(100_000, 100_000, 8, 6);

        long start = System.nanoTime();
        ImageException fromProbe = refusal(decoder::probe, huge);
        ImageException fromDecode = refusal(decoder::decode, huge);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(fromProbe.code()).isEqualTo(ErrorCode.TOO_MANY_PIXELS);
        assertThat(fromDecode.code()).isEqualTo(ErrorCode.TOO_MANY_PIXELS);
        assertThat(fromDecode.getMessage()).contains("10000.0 megapixels").contains("50.0 megapixels");
        // 40 GB of ARGB could not have been allocated; the bound only catches a pathological slowdown.
        assertThat(millis).isLessThan(2_000);
    }

    @Test
    void refusesUploadOverTheByteLimit() {
        ImageDecoder small = new ImageDecoder(new ImageLimits(100, 50_000_000));

        ImageException refused = refusal(small::decode, TestImages.write(photo, "png"));

        assertThat(refused.code()).isEqualTo(ErrorCode.TOO_LARGE);
        assertThat(refusal(small::probe, TestImages.write(photo, "png")).code()).isEqualTo(ErrorCode.TOO_LARGE);
    }

    @Test
    void probeReportsFormatAndStoredSizeWithinLimits() {
        ImageHeader header = decoder.probe(TestImages.jpeg(photo, false));

        assertThat(header).isEqualTo(new ImageHeader(ImageFormat.JPEG, 128, 64));
    }

    @Test
    void refusesUnknownBytesAndTextAsUnsupported() {
        byte[] random = new byte[256];
        new Random(1).nextBytes(random);
        random[0] = 0x00;
        byte[] text = "name,age\nAda,36\n".getBytes(StandardCharsets.UTF_8);

        ImageException fromRandom = refusal(decoder::decode, random);
        ImageException fromText = refusal(decoder::probe, text);

        assertThat(fromRandom.code()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
        assertThat(fromText.code()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
        assertThat(fromText.getMessage()).isEqualTo(
                "This file is not an image format Cutout can read (JPEG, PNG, WebP, GIF, BMP, TIFF, HEIC, AVIF)");
    }

    @Test
    void refusesTruncatedBaselineJpegAsCorrupt() {
        byte[] jpeg = TestImages.jpeg(photo, false);

        assertCorrupt(Arrays.copyOf(jpeg, jpeg.length / 2));
    }

    @Test
    void refusesJpegCutOffMidScanThatImageIoWouldFillWithGrey() {
        byte[] jpeg = TestImages.jpeg(noise(256, 256), false);

        assertCorrupt(Arrays.copyOf(jpeg, jpeg.length * 9 / 10));
    }

    @Test
    void refusesTruncatedProgressiveJpegAsCorrupt() {
        byte[] jpeg = TestImages.jpeg(photo, true);

        assertCorrupt(Arrays.copyOf(jpeg, jpeg.length / 2));
    }

    @Test
    void refusesTruncatedPngAsCorrupt() {
        byte[] png = TestImages.write(photo, "png");

        assertCorrupt(Arrays.copyOf(png, png.length - 30));
    }

    @Test
    void refusesRandomBytesAfterValidMagicAsCorrupt() {
        Random random = new Random(3);
        byte[][] magics = {
                {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
                {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                "GIF89a".getBytes(StandardCharsets.ISO_8859_1),
                "BM".getBytes(StandardCharsets.ISO_8859_1),
                {'I', 'I', 42, 0},
                "RIFF\0\0\0\0WEBP".getBytes(StandardCharsets.ISO_8859_1)};
        for (byte[] magic : magics) {
            byte[] garbage = new byte[512];
            random.nextBytes(garbage);
            assertCorrupt(TestImages.concat(magic, garbage));
        }
    }

    @Test
    void refusesGifHeaderFollowedByGarbageAsCorrupt() {
        assertCorrupt("GIF89a this is not really a gif at all".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void refusesPngWithZeroWidthAsCorrupt() {
        byte[] png = TestImages.pngHeaderOnly(0, 10, 8, 2);

        assertThat(refusal(decoder::probe, png).code()).isEqualTo(ErrorCode.CORRUPT_IMAGE);
        assertCorrupt(png);
    }

    @Test
    void refusesPngWithImpossibleBitDepthAsCorrupt() {
        assertCorrupt(TestImages.pngHeaderOnly(10, 10, 7, 2));
    }

    @Test
    void refusesHeaderOnlyPngWithoutPixelDataAsCorrupt() {
        assertCorrupt(TestImages.pngHeaderOnly(10, 10, 8, 2));
    }

    /** Noise keeps the entropy-coded scan long, so a cut lands inside pixel data rather than in the headers. */
    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(5);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }

    private void assertCorrupt(byte[] bytes) {
        ImageException refused = refusal(decoder::decode, bytes);
        assertThat(refused.code()).as(refused.getMessage()).isEqualTo(ErrorCode.CORRUPT_IMAGE);
        assertThat(refused.getMessage()).isNotBlank();
    }

    /**
     * Found by ImageDecoderFuzzTest: one byte changed at the start of the lossless alpha stream of a 158-byte WebP.
     * TwelveMonkeys then decoded zeros past the end for 21 s of CPU and returned an image; now it is refused.
     */
    @Test
    void refusesWebpWhoseAlphaStreamRunsPastTheEnd() {
        byte[] webp = TestImages.resource("half-transparent.webp");
        webp[39] = 70;

        ImageException refused = refusal(decoder::decode, webp);

        assertThat(refused.code()).isEqualTo(ErrorCode.CORRUPT_IMAGE);
        assertThat(refused.getCause()).hasMessageContaining("past the end");
    }

    private static ImageException refusal(Consumer<byte[]> call, byte[] bytes) {
        ImageException refused = catchThrowableOfType(() -> call.accept(bytes), ImageException.class);
        assertThat(refused).as("expected a typed ImageException").isNotNull();
        return refused;
    }
}
