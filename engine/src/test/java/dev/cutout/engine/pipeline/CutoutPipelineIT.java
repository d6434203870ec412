package dev.cutout.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.engine.RealEngine;
import dev.cutout.engine.SharedFiles;
import dev.cutout.image.ImageDecoder;
import dev.cutout.image.ImageLimits;
import dev.cutout.image.PngWriter;
import dev.cutout.image.RgbaImage;
import dev.cutout.image.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The whole pipeline with the real model: orientation and input alpha (quality floors: the cli module's CutoutQualityIT). */
class CutoutPipelineIT {

    private static final String CAR = "fg-car-2__bg-studio.png";
    private final ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);

    @Test
    void exifRotatedJpegComesOutInItsOrientedSize() {
        BufferedImage photo = TestImages.scaled(TestImages.read(SharedFiles.evalImage(CAR)), 400, 300);
        byte[] rotated = TestImages.withExifOrientation(TestImages.write(photo, "jpeg"), 6);

        CutoutResult result = RealEngine.get().pipeline().process(rotated, CutoutOptions.DEFAULT);

        assertThat(result.width()).isEqualTo(300);
        assertThat(result.height()).isEqualTo(400);
        BufferedImage out = read(result.png());
        assertThat(out.getWidth()).isEqualTo(300);
        assertThat(out.getHeight()).isEqualTo(400);
    }

    @Test
    void transparentInputPixelsStayTransparent() {
        RgbaImage photo = decoder.decode(TestImages.write(
                TestImages.scaled(TestImages.read(SharedFiles.evalImage(CAR)), 320, 240), "png"));
        int[] argb = photo.argb().clone();
        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 160; x++) {
                argb[y * 320 + x] &= 0x00FFFFFF; // left half fully transparent
            }
        }
        byte[] input = new PngWriter().rgba(new RgbaImage(320, 240, argb, true));

        BufferedImage out = read(RealEngine.get().pipeline().process(input, CutoutOptions.DEFAULT).png());

        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 160; x++) {
                assertThat(out.getRGB(x, y) >>> 24).isZero();
            }
        }
    }

    private static BufferedImage read(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
