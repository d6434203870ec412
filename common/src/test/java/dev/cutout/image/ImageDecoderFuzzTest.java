package dev.cutout.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The decoder front end — format detection, header probe, pixel limit, EXIF orientation, colour conversion,
 * decode — under coverage-guided fuzzing (issue 16 §2). Each input is either a small valid image of one of the
 * formats (PNG, JPEG with EXIF, GIF, BMP, TIFF, lossless and lossy WebP) with a few fuzzed overwrites,
 * insertions and a cut, or the fuzzer's raw bytes, so the search starts deep inside every reader. Whatever the
 * bytes, the decoder answers with an image whose size matches its header or with an {@link ImageException}:
 * never another exception or an error. Limits are small (1 MB, 1 MP) so a header that claims a huge image is
 * refused, as in production, before any pixel buffer. A plain test run replays the seeds in
 * {@code src/test/resources/.../ImageDecoderFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for
 * {@code maxDuration} ({@code ./cutout test} does, in the "fuzz" profile's execution).
 */
class ImageDecoderFuzzTest {

    private static final ImageLimits LIMITS = ImageLimits.of(1024 * 1024, 1.0);
    private static final ImageDecoder DECODER = new ImageDecoder(LIMITS);
    private static final List<byte[]> SEEDS = seeds();

    /** A hang is a finding too: Jazzer turns this into a per-input time limit while fuzzing. */
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "25s")
    void anyBytesDecodeOrAreRefused(FuzzedDataProvider data) {
        byte[] bytes = data.consumeBoolean() ? mutated(data) : data.consumeRemainingAsBytes();
        ImageHeader header;
        try {
            header = DECODER.probe(bytes);
        } catch (ImageException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(header.pixelCount()).isPositive().isLessThanOrEqualTo(LIMITS.maxPixels());
        try {
            RgbaImage image = DECODER.decode(bytes);
            assertThat(image.pixelCount()).isEqualTo(header.pixelCount());
        } catch (ImageException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    /** One seed image with up to 8 fuzzed edits: overwrite a byte, insert a few, or cut the file short. */
    private static byte[] mutated(FuzzedDataProvider data) {
        byte[] bytes = SEEDS.get(data.consumeInt(0, SEEDS.size() - 1));
        int edits = data.consumeInt(0, 8);
        for (int i = 0; i < edits && bytes.length > 0; i++) {
            int at = data.consumeInt(0, bytes.length - 1);
            switch (data.consumeInt(0, 2)) {
                case 0 -> {
                    bytes = bytes.clone();
                    bytes[at] = data.consumeByte();
                }
                case 1 -> bytes = TestImages.concat(Arrays.copyOf(bytes, at), data.consumeBytes(8),
                        Arrays.copyOfRange(bytes, at, bytes.length));
                default -> bytes = Arrays.copyOf(bytes, at);
            }
        }
        return bytes;
    }

    private static List<byte[]> seeds() {
        BufferedImage rgb = TestImages.corners(2, BufferedImage.TYPE_INT_RGB);
        BufferedImage argb = TestImages.corners(2, BufferedImage.TYPE_INT_ARGB);
        byte[] jpeg = TestImages.jpeg(rgb, false);
        byte[] exif = TestImages.jpegExifSegment(TestImages.exifTiff(6, true));
        return List.of(
                TestImages.write(argb, "png"),
                jpeg,
                TestImages.spliceAfterSoi(jpeg, 0xE1, exif),
                TestImages.jpeg(rgb, true),
                TestImages.write(rgb, "gif"),
                TestImages.write(rgb, "bmp"),
                TestImages.write(argb, "tiff"),
                TestImages.resource("quadrants-lossless-exif-rotate90cw.webp"),
                TestImages.resource("half-transparent.webp"),
                TestImages.resource("quadrants-lossy.webp"));
    }
}
