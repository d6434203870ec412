package dev.cutout.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.contract.Alignment;
import dev.cutout.contract.Canvas;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.Layout;
import dev.cutout.contract.Margin;
import dev.cutout.contract.OutputFormat;
import dev.cutout.contract.OutputKind;
import dev.cutout.contract.ResultFormat;
import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.pipeline.ensemble.MatteModel;
import dev.cutout.image.FormatDetector;
import dev.cutout.image.ImageFormat;
import dev.cutout.image.PngWriter;
import dev.cutout.image.RgbaImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The layout step and the result format wired between compose and encode, with a stand-in model. */
class CutoutPipelineLayoutTest {

    private static final int GRID = 64;

    /** A hard-edged disc of radius GRID/5 in the upper left quarter of the grid: a subject off centre. */
    private static final MatteModel OFF_CENTRE_DISC = input -> {
        float[] alpha = new float[GRID * GRID];
        for (int y = 0; y < GRID; y++) {
            for (int x = 0; x < GRID; x++) {
                alpha[y * GRID + x] = Math.hypot(x + 0.5 - GRID * 0.35, y + 0.5 - GRID * 0.4) < GRID / 5.0 ? 1 : 0;
            }
        }
        return new GridMatte(GRID, alpha);
    };

    private final CutoutPipeline pipeline = CutoutPipelineTest.pipeline(OFF_CENTRE_DISC);
    private final byte[] photo = new PngWriter().rgb(noisyPhoto(320, 240));

    @Test
    void defaultJobOptionsRunTodaysPipelineWithoutALayoutStage() {
        CutoutOptions options = CutoutOptions.of(JobOptions.DEFAULT);

        CutoutResult result = pipeline.process(photo, options);

        assertThat(options).isEqualTo(CutoutOptions.DEFAULT);
        assertThat(result.png()).isEqualTo(pipeline.process(photo, CutoutOptions.DEFAULT).png());
        assertThat(result.timings().nanos()).doesNotContainKey(Stage.LAYOUT);
        assertThat(result.format()).isEqualTo(OutputFormat.PNG);
    }

    @Test
    void aBottomAlignedCanvasComesBackAtTheCanvasSizeWithTransparentBordersAndTheSubjectOnTheBottomMargin()
            throws IOException {
        // A round subject on a tall canvas: 10 % margin = 25 px; centred it would span rows 125..375.
        JobOptions job = JobOptions.DEFAULT.withLayout(
                new Layout(true, Margin.percent(10), Optional.of(new Canvas(300, 500, Alignment.BOTTOM))));

        CutoutResult result = pipeline.process(photo, CutoutOptions.of(job));

        BufferedImage out = ImageIO.read(new ByteArrayInputStream(result.png()));
        assertThat(out.getWidth()).isEqualTo(300);
        assertThat(out.getHeight()).isEqualTo(500);
        assertThat(result.width()).isEqualTo(300);
        assertThat(result.height()).isEqualTo(500);
        for (int y = 0; y <= 200; y += 10) {
            assertThat(maxAlphaOfRow(out, y)).as("row %d above the subject", y).isZero();
        }
        assertThat(maxAlphaOfColumn(out, 0)).isZero();
        assertThat(maxAlphaOfColumn(out, 299)).isZero();
        assertThat(maxAlphaOfRow(out, 470)).as("just above the bottom margin").isGreaterThan(128);
        assertThat(maxAlphaOfRow(out, 490)).as("in the bottom margin").isZero();
        assertThat(result.timings().nanos()).containsKey(Stage.LAYOUT);
    }

    @Test
    void aCropComesBackSmallerThanThePhotoWithTheSubjectTouchingTheMarginBox() throws IOException {
        JobOptions job = JobOptions.DEFAULT.withLayout(new Layout(true, Margin.pixels(10), Optional.empty()));

        CutoutResult result = pipeline.process(photo, CutoutOptions.of(job));

        BufferedImage out = ImageIO.read(new ByteArrayInputStream(result.png()));
        assertThat(out.getWidth()).isLessThan(320);
        assertThat(out.getHeight()).isLessThan(240);
        for (int i = 0; i < 10; i++) {
            assertThat(maxAlphaOfRow(out, i)).isZero();
            assertThat(maxAlphaOfRow(out, out.getHeight() - 1 - i)).isZero();
            assertThat(maxAlphaOfColumn(out, i)).isZero();
        }
        assertThat(maxAlphaOfRow(out, 10)).isPositive();
        assertThat(maxAlphaOfRow(out, out.getHeight() - 11)).isPositive();
        assertThat(maxAlphaOfColumn(out, 10)).isPositive();
        assertThat(maxAlphaOfColumn(out, out.getWidth() - 11)).isPositive();
    }

    @Test
    void aJpegCutOutIsFlattenedOnTheBackgroundAtThePhotoSize() throws IOException {
        JobOptions job = JobOptions.DEFAULT.withFormat(ResultFormat.jpeg(90));

        CutoutResult result = pipeline.process(photo, CutoutOptions.of(job));

        assertThat(FormatDetector.detect(result.png())).contains(ImageFormat.JPEG);
        assertThat(result.format()).isEqualTo(OutputFormat.JPEG);
        BufferedImage out = ImageIO.read(new ByteArrayInputStream(result.png()));
        assertThat(out.getWidth()).isEqualTo(320);
        assertThat(out.getHeight()).isEqualTo(240);
        assertThat(out.getRGB(315, 235) & 0xFFFFFF).isGreaterThan(0xF0F0F0); // the white background, give or take JPEG
    }

    @Test
    void aJpegOnACanvasIsFlatOnTheChosenColour() throws IOException {
        JobOptions job = new JobOptions(Optional.empty(), OutputKind.CUTOUT, 0x0000FF, true, false, false,
                new Layout(true, Margin.percent(5), Optional.of(new Canvas(200, 200, Alignment.CENTER))),
                ResultFormat.jpeg(95), Optional.empty());

        BufferedImage out = ImageIO.read(new ByteArrayInputStream(pipeline.process(photo, CutoutOptions.of(job)).png()));

        assertThat(out.getWidth()).isEqualTo(200);
        int corner = out.getRGB(2, 2);
        assertThat(corner & 0xFF).isGreaterThan(240);
        assertThat(corner >> 16 & 0xFF).isLessThan(16);
    }

    @Test
    void aCanvasWithOutputBackgroundIsOpaqueEverywhere() throws IOException {
        JobOptions job = new JobOptions(Optional.empty(), OutputKind.BACKGROUND, 0xFFFFFF, true, false, false,
                new Layout(true, Margin.NONE, Optional.of(new Canvas(300, 300, Alignment.CENTER))),
                ResultFormat.PNG, Optional.empty());

        BufferedImage out = ImageIO.read(new ByteArrayInputStream(pipeline.process(photo, CutoutOptions.of(job)).png()));

        assertThat(out.getColorModel().hasAlpha()).isFalse();
        assertThat(out.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    /** Needs the real WebpWriter (another branch); the stub in this build throws. */
    @Test
    void aWebpCutOutOnACanvasDecodesToThePixelsOfThePngOneWebp() throws IOException {
        JobOptions png = JobOptions.DEFAULT.withLayout(
                new Layout(true, Margin.percent(5), Optional.of(new Canvas(256, 256, Alignment.BOTTOM))));
        JobOptions webp = png.withFormat(ResultFormat.of(OutputFormat.WEBP));

        CutoutResult result = pipeline.process(photo, CutoutOptions.of(webp));

        assertThat(result.format()).isEqualTo(OutputFormat.WEBP);
        BufferedImage fromWebp = ImageIO.read(new ByteArrayInputStream(result.png()));
        BufferedImage fromPng = ImageIO.read(new ByteArrayInputStream(pipeline.process(photo, CutoutOptions.of(png)).png()));
        assertThat(fromWebp.getWidth()).isEqualTo(256);
        assertThat(fromWebp.getHeight()).isEqualTo(256);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                int expected = fromPng.getRGB(x, y);
                if (expected >>> 24 == 255) {
                    assertThat(fromWebp.getRGB(x, y)).isEqualTo(expected);
                } else {
                    assertThat(fromWebp.getRGB(x, y) >>> 24).isEqualTo(expected >>> 24);
                }
            }
        }
    }

    private static int maxAlphaOfRow(BufferedImage image, int y) {
        int max = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            max = Math.max(max, image.getRGB(x, y) >>> 24);
        }
        return max;
    }

    private static int maxAlphaOfColumn(BufferedImage image, int x) {
        int max = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            max = Math.max(max, image.getRGB(x, y) >>> 24);
        }
        return max;
    }

    private static RgbaImage noisyPhoto(int width, int height) {
        Random random = new Random(7);
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xFF000000 | random.nextInt(0x1000000);
        }
        return new RgbaImage(width, height, argb, false);
    }
}
