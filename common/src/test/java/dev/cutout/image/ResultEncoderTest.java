package dev.cutout.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cutout.contract.OutputFormat;
import dev.cutout.contract.ResultFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ResultEncoderTest {

    private final ResultEncoder encoder = new ResultEncoder();

    @Test
    void pngIsExactlyWhatThePngWriterWrites() {
        RgbaImage cutout = gradient(64, 48, true);
        RgbaImage opaque = gradient(64, 48, false);

        assertThat(encoder.colour(cutout, ResultFormat.PNG)).isEqualTo(new PngWriter().rgba(cutout));
        assertThat(encoder.colour(opaque, ResultFormat.PNG)).isEqualTo(new PngWriter().rgb(opaque));
        byte[] grey = new byte[64 * 48];
        assertThat(encoder.grey(64, 48, grey, ResultFormat.PNG)).isEqualTo(new PngWriter().grey(64, 48, grey));
    }

    @Test
    void jpegIsAValidJpegOfTheImageSizeCloseToItsColours() throws IOException {
        RgbaImage opaque = gradient(120, 80, false);

        byte[] jpeg = encoder.colour(opaque, ResultFormat.jpeg(95));

        assertThat(FormatDetector.detect(jpeg)).contains(ImageFormat.JPEG);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(decoded.getWidth()).isEqualTo(120);
        assertThat(decoded.getHeight()).isEqualTo(80);
        int expected = opaque.argb()[40 * 120 + 60];
        int actual = decoded.getRGB(60, 40);
        for (int shift = 0; shift <= 16; shift += 8) {
            assertThat(Math.abs((expected >> shift & 0xFF) - (actual >> shift & 0xFF))).isLessThanOrEqualTo(6);
        }
    }

    @Test
    void aLowerJpegQualityGivesASmallerFile() {
        RgbaImage opaque = gradient(200, 200, false);

        assertThat(encoder.colour(opaque, ResultFormat.jpeg(30)).length)
                .isLessThan(encoder.colour(opaque, ResultFormat.jpeg(95)).length);
    }

    @Test
    void aMaskBecomesAGreyJpeg() throws IOException {
        byte[] mask = new byte[50 * 30];
        java.util.Arrays.fill(mask, (byte) 200);

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(encoder.grey(50, 30, mask, ResultFormat.jpeg(90))));

        assertThat(decoded.getRaster().getNumBands()).isEqualTo(1);
        assertThat(decoded.getRaster().getSample(25, 15, 0)).isBetween(198, 202);
    }

    @Test
    void refusesToWriteAlphaAsJpeg() {
        assertThatThrownBy(() -> encoder.colour(gradient(8, 8, true), ResultFormat.jpeg(90)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flatten");
    }

    /** Needs the real WebpWriter (another branch); the stub in this build throws. */
    @Test
    void webpIsLosslessWithAlphaWebp() throws IOException {
        RgbaImage cutout = gradient(64, 48, true);

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(
                encoder.colour(cutout, ResultFormat.of(OutputFormat.WEBP))));

        assertThat(decoded.getWidth()).isEqualTo(64);
        assertThat(decoded.getHeight()).isEqualTo(48);
        for (int i = 0; i < cutout.argb().length; i++) {
            int argb = cutout.argb()[i];
            int got = decoded.getRGB(i % 64, i / 64);
            if (argb >>> 24 == 255) {
                assertThat(got).isEqualTo(argb);
            } else {
                assertThat(got >>> 24).isEqualTo(argb >>> 24);
            }
        }
    }

    private static RgbaImage gradient(int width, int height, boolean alpha) {
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int a = alpha ? (x * 255 / (width - 1)) : 255;
                argb[y * width + x] = a << 24 | (x * 4 & 0xFF) << 16 | (y * 5 & 0xFF) << 8 | 0x40;
            }
        }
        return new RgbaImage(width, height, argb, alpha);
    }
}
