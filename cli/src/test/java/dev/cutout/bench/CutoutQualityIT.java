package dev.cutout.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.engine.RealEngine;
import dev.cutout.engine.SharedFiles;
import dev.cutout.engine.pipeline.CutoutOptions;
import dev.cutout.engine.pipeline.CutoutResult;
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

/**
 * Quality floors of the shipped pipeline with the real model, scored as the quality benchmark
 * scores ({@link MatteScore}): a real photo's subject, and a product that fills the frame.
 */
class CutoutQualityIT {

    private static final String CAR = "fg-car-2__bg-studio.png";
    private final ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);

    @Test
    void realPhotoKeepsItsSizeAndItsOpaquePixelsBitForBitAndFindsTheSubject() throws IOException {
        byte[] bytes = Files.readAllBytes(SharedFiles.evalImage(CAR));
        RgbaImage original = decoder.decode(bytes);

        CutoutResult result = RealEngine.get().pipeline().process(bytes, CutoutOptions.DEFAULT);

        BufferedImage out = ImageIO.read(new ByteArrayInputStream(result.png()));
        assertThat(out.getWidth()).isEqualTo(original.width());
        assertThat(out.getHeight()).isEqualTo(original.height());
        int[] argb = out.getRGB(0, 0, out.getWidth(), out.getHeight(), null, 0, out.getWidth());
        byte[] alpha = new byte[argb.length];
        int opaque = 0;
        for (int i = 0; i < argb.length; i++) {
            alpha[i] = (byte) (argb[i] >>> 24);
            if (argb[i] >>> 24 == 255) {
                opaque++;
                if ((argb[i] & 0xFFFFFF) != (original.argb()[i] & 0xFFFFFF)) {
                    throw new AssertionError("opaque pixel " + i + " changed colour");
                }
            }
        }
        assertThat(opaque).isGreaterThan(argb.length / 10);
        byte[] truth = groundTruth(out.getWidth(), out.getHeight());
        assertThat(MatteScore.of(alpha, truth, out.getWidth(), out.getHeight()).iou()).isGreaterThan(0.9);
    }

    /**
     * A product that fills the frame (a circuit board on a 2 % white margin): the plain run keeps
     * about a fifth of the board; the default's zoomed-out candidate must bring it back whole.
     */
    @Test
    void aCircuitBoardFillingTheFrameComesOutWhole() {
        CircuitBoardPhoto.Sample board = CircuitBoardPhoto.draw(1600, 1200, 24, 7);
        byte[] png = new PngWriter().rgb(board.photo());

        CutoutResult result = RealEngine.get().pipeline().process(png, CutoutOptions.DEFAULT);

        BufferedImage out = read(result.png());
        int[] argb = out.getRGB(0, 0, out.getWidth(), out.getHeight(), null, 0, out.getWidth());
        byte[] alpha = new byte[argb.length];
        for (int i = 0; i < argb.length; i++) {
            alpha[i] = (byte) (argb[i] >>> 24);
        }
        MatteScore score = MatteScore.of(alpha, board.truth(), out.getWidth(), out.getHeight());
        assertThat(score.kept()).as("share of the board kept, chosen %s", result.quality().chosen()).isGreaterThan(0.85);
        assertThat(score.iou()).isGreaterThan(0.85);
        assertThat(result.quality().chosen()).isNotEqualTo("plain");
        assertThat(result.quality().modelRuns()).isEqualTo(2);
    }

    private static byte[] groundTruth(int width, int height) {
        BufferedImage alpha = TestImages.read(SharedFiles.evalAlpha(CAR));
        byte[] grey = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                grey[y * width + x] = (byte) alpha.getRaster().getSample(x, y, 0);
            }
        }
        return grey;
    }

    private static BufferedImage read(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
