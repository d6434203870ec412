package dev.cutout.engine.pipeline;

import dev.cutout.engine.pipeline.compose.ComposeOptions;
import dev.cutout.engine.pipeline.compose.Compositor;
import dev.cutout.engine.pipeline.ensemble.MatteModel;
import dev.cutout.engine.pipeline.refine.JointUpsampler;
import dev.cutout.engine.pipeline.refine.SpeckFilter;
import dev.cutout.engine.pipeline.resize.ModelInputResizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cutout.contract.ErrorCode;
import dev.cutout.image.ImageDecoder;
import dev.cutout.image.ImageException;
import dev.cutout.image.ImageLimits;
import dev.cutout.image.PngWriter;
import dev.cutout.image.RgbaImage;
import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.pipeline.hints.HintRefiner;
import dev.cutout.engine.pipeline.hints.HintSolver;
import dev.cutout.engine.pipeline.matting.BandMatting;
import dev.cutout.engine.pipeline.matting.MattingSettings;
import dev.cutout.engine.pipeline.ensemble.CandidateChooser;
import dev.cutout.engine.pipeline.ensemble.ChooserSettings;
import dev.cutout.engine.pipeline.ensemble.ColourSeparation;
import dev.cutout.engine.pipeline.ensemble.Ensemble;
import dev.cutout.engine.pipeline.ensemble.EnsemblePredictor;
import dev.cutout.engine.pipeline.ensemble.QualityAssessor;
import dev.cutout.engine.pipeline.ensemble.ViewRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The pipeline's sequencing and fidelity with a stand-in model (the real model runs in CutoutPipelineIT). */
class CutoutPipelineTest {

    private static final int GRID = 64;

    /** A disc in the middle of the grid: opaque inside, soft rim, transparent outside. */
    private static final MatteModel DISC = input -> {
        float[] alpha = new float[GRID * GRID];
        for (int y = 0; y < GRID; y++) {
            for (int x = 0; x < GRID; x++) {
                double r = Math.hypot(x + 0.5 - GRID / 2.0, y + 0.5 - GRID / 2.0);
                alpha[y * GRID + x] = (float) Math.max(0, Math.min(1, (GRID / 3.0 - r) / 2));
            }
        }
        return new GridMatte(GRID, alpha);
    };

    private final CutoutPipeline pipeline = pipeline(DISC);

    /** The shipped stages on a small grid, with the default ensembles and chooser. */
    static CutoutPipeline pipeline(MatteModel model) {
        AlphaEstimator estimator = new AlphaEstimator(new ModelInputResizer(GRID),
                new EnsemblePredictor(new ViewRenderer(GRID)),
                new CandidateChooser(ChooserSettings.DEFAULT, new ColourSeparation()), new SpeckFilter(),
                new JointUpsampler(), QualityAssessor.DEFAULT, new BandMatting(MattingSettings.DEFAULT));
        return new CutoutPipeline(new ImageDecoder(ImageLimits.DEFAULT), estimator, model,
                new CutoutPipeline.Ensembles(Ensemble.parse("plain | pad25-edge"),
                        Ensemble.parse("plain | pad25-edge | pad25-edge-mirror | pad15-edge")),
                new Compositor(), new PngWriter(),
                new HintRefiner(ImageLimits.DEFAULT, new HintSolver(MattingSettings.DEFAULT)));
    }

    @Test
    void cutOutHasTheInputSizeAndCopiesOpaquePixelsBitForBit() throws IOException {
        RgbaImage photo = noisyPhoto(301, 199);

        CutoutResult result = pipeline.process(new PngWriter().rgb(photo), CutoutOptions.DEFAULT);

        BufferedImage out = ImageIO.read(new ByteArrayInputStream(result.png()));
        assertThat(out.getWidth()).isEqualTo(301);
        assertThat(out.getHeight()).isEqualTo(199);
        assertThat(out.getColorModel().hasAlpha()).isTrue();
        int[] argb = out.getRGB(0, 0, 301, 199, null, 0, 301);
        int opaque = 0;
        for (int i = 0; i < argb.length; i++) {
            if (argb[i] >>> 24 == 255) {
                opaque++;
                assertThat(argb[i] & 0xFFFFFF).isEqualTo(photo.argb()[i] & 0xFFFFFF);
            } else if (argb[i] >>> 24 == 0) {
                assertThat(argb[i]).isZero();
            }
        }
        assertThat(opaque).as("the disc is opaque").isGreaterThan(argb.length / 5);
        assertThat(argb[0] >>> 24).as("the corner is transparent").isZero();
    }

    @Test
    void announcesEveryStageInOrderAndTimesEach() {
        List<Stage> seen = new ArrayList<>();

        CutoutResult result = pipeline.process(new PngWriter().rgb(noisyPhoto(40, 30)), CutoutOptions.DEFAULT, seen::add);

        Stage[] withoutLayout = java.util.Arrays.stream(Stage.values()).filter(s -> s != Stage.LAYOUT).toArray(Stage[]::new);
        assertThat(seen).containsExactly(withoutLayout);
        assertThat(result.timings().nanos()).containsOnlyKeys(withoutLayout);
    }

    @Test
    void maskOutputIsAGreyImageOfTheInputSize() throws IOException {
        CutoutResult result = pipeline.process(new PngWriter().rgb(noisyPhoto(50, 80)),
                new CutoutOptions(ComposeOptions.mask(), false, false));

        BufferedImage out = ImageIO.read(new ByteArrayInputStream(result.png()));
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(out.getWidth()).isEqualTo(50);
        assertThat(out.getHeight()).isEqualTo(80);
        assertThat(out.getRaster().getSample(25, 40, 0)).isEqualTo(255);
        assertThat(out.getRaster().getSample(0, 0, 0)).isZero();
    }

    @Test
    void theMattingOptionChangesOnlyTheUncertainBandAndKeepsTheSize() throws IOException {
        byte[] png = new PngWriter().rgb(noisyPhoto(90, 70));
        int erosion = MattingSettings.DEFAULT.erosion();

        BufferedImage plain = ImageIO.read(new ByteArrayInputStream(
                pipeline.process(png, new CutoutOptions(ComposeOptions.mask(), false, false)).png()));
        BufferedImage matted = ImageIO.read(new ByteArrayInputStream(
                pipeline.process(png, new CutoutOptions(ComposeOptions.mask(), false, true)).png()));

        assertThat(matted.getWidth()).isEqualTo(90);
        assertThat(matted.getHeight()).isEqualTo(70);
        int changed = 0;
        for (int y = 0; y < 70; y++) {
            for (int x = 0; x < 90; x++) {
                int before = plain.getRaster().getSample(x, y, 0);
                if (matted.getRaster().getSample(x, y, 0) != before) {
                    changed++;
                    assertThat(unsureWithin(plain, x, y, erosion)).as("changed pixel %d,%d is in the band", x, y).isTrue();
                }
            }
        }
        assertThat(changed).isPositive();
    }

    /** Whether a pixel within {@code r} of (x, y) has an alpha strictly between 0.02 and 0.98. */
    private static boolean unsureWithin(BufferedImage mask, int x, int y, int r) {
        for (int yy = Math.max(0, y - r); yy <= Math.min(mask.getHeight() - 1, y + r); yy++) {
            for (int xx = Math.max(0, x - r); xx <= Math.min(mask.getWidth() - 1, x + r); xx++) {
                int a = mask.getRaster().getSample(xx, yy, 0);
                if (a > 5 && a < 250) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void backgroundOutputIsOpaqueAndShowsTheColourOutsideTheSubject() throws IOException {
        CutoutResult result = pipeline.process(new PngWriter().rgb(noisyPhoto(60, 60)),
                new CutoutOptions(ComposeOptions.background(0x00FF00, true), false, false));

        BufferedImage out = ImageIO.read(new ByteArrayInputStream(result.png()));
        assertThat(out.getColorModel().hasAlpha()).isFalse();
        assertThat(out.getRGB(0, 0)).isEqualTo(0xFF00FF00);
    }

    @Test
    void theStandardEnsembleRunsTheModelTwiceAndExtraCarefulFourTimes() {
        int[] calls = {0};
        MatteModel counting = input -> {
            calls[0]++;
            return DISC.predict(input);
        };
        CutoutPipeline counted = pipeline(counting);
        byte[] png = new PngWriter().rgb(noisyPhoto(20, 20));

        CutoutResult standard = counted.process(png, CutoutOptions.DEFAULT);
        assertThat(calls[0]).isEqualTo(2);
        assertThat(standard.quality().modelRuns()).isEqualTo(2);

        calls[0] = 0;
        CutoutResult careful = counted.process(png, new CutoutOptions(ComposeOptions.cutout(true), true, false));
        assertThat(calls[0]).isEqualTo(4);
        assertThat(careful.quality().modelRuns()).isEqualTo(4);
    }

    @Test
    void undecodableBytesFailWithTheTypedErrorBeforeTheModelRuns() {
        MatteModel mustNotRun = input -> {
            throw new AssertionError("model must not run on a corrupt file");
        };
        CutoutPipeline guarded = pipeline(mustNotRun);
        byte[] truncated = java.util.Arrays.copyOf(new PngWriter().rgb(noisyPhoto(64, 64)), 60);

        assertThatThrownBy(() -> guarded.process(truncated, CutoutOptions.DEFAULT))
                .isInstanceOfSatisfying(ImageException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT_IMAGE));
    }

    private static RgbaImage noisyPhoto(int width, int height) {
        Random random = new Random(width * 31L + height);
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xFF000000 | random.nextInt(0x1000000);
        }
        return new RgbaImage(width, height, argb, false);
    }
}
