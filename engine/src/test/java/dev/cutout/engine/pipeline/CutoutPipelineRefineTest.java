package dev.cutout.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.Refinement;
import dev.cutout.engine.pipeline.compose.ComposeOptions;
import dev.cutout.engine.pipeline.ensemble.MatteModel;
import dev.cutout.image.ImageException;
import dev.cutout.image.PngWriter;
import dev.cutout.image.RgbaImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A refine job's path: the earlier result's alpha, corrected by strokes and edge controls; the model never runs. */
class CutoutPipelineRefineTest {

    private static final int W = 160;
    private static final int H = 120;
    /** The subject the earlier result kept (red) and the part it missed (blue), on grey. */
    private static final int[] KEPT = {20, 45, 50, 75};
    private static final int[] MISSED = {100, 45, 130, 75};

    private static final MatteModel NO_MODEL = input -> {
        throw new AssertionError("a refine must not run the model");
    };

    private final CutoutPipeline pipeline = CutoutPipelineTest.pipeline(NO_MODEL);
    private final PngWriter png = new PngWriter();

    @Test
    void aKeepStrokeBringsBackTheWholeMissedPartAndOpaquePixelsStayTheOriginal() throws IOException {
        RgbaImage photo = photo();
        Refinement keep = new Refinement(earlierResult(), Optional.of(hints(115, 60, 0xFF00FF00)), 0, 0);

        RefinedCutout result = pipeline.refine(png.rgb(photo), keep, CutoutOptions.DEFAULT, stage -> { });

        BufferedImage out = ImageIO.read(new ByteArrayInputStream(result.png()));
        assertThat(out.getWidth()).isEqualTo(W);
        assertThat(out.getHeight()).isEqualTo(H);
        assertThat(share(out, MISSED, 200)).as("share of the missed square now kept").isGreaterThan(0.9);
        assertThat(share(out, KEPT, 200)).as("the kept square stays").isGreaterThan(0.95);
        assertThat(out.getRGB(2, 2) >>> 24).as("background far from the stroke").isZero();
        assertThat(out.getRGB(115, 20) >>> 24).as("grey background above the stroke stays out").isLessThan(30);
        int[] argb = out.getRGB(0, 0, W, H, null, 0, W);
        for (int i = 0; i < argb.length; i++) {
            if (argb[i] >>> 24 == 255) {
                assertThat(argb[i] & 0xFFFFFF).isEqualTo(photo.argb()[i] & 0xFFFFFF);
            }
        }
    }

    @Test
    void anEraseStrokeTakesAwayAKeptPartAndEdgeControlsAloneNeedNoHints() throws IOException {
        Refinement erase = new Refinement(earlierResult(), Optional.of(hints(35, 60, 0xFFFF0000)), 0, 0);
        BufferedImage erased = ImageIO.read(new ByteArrayInputStream(
                pipeline.refine(png.rgb(photo()), erase, CutoutOptions.DEFAULT, stage -> { }).png()));
        assertThat(share(erased, KEPT, 9)).as("share of the erased square gone").isGreaterThan(0.9);

        Refinement grow = new Refinement(earlierResult(), Optional.empty(), 0, 4);
        BufferedImage grown = ImageIO.read(new ByteArrayInputStream(pipeline.refine(png.rgb(photo()), grow,
                new CutoutOptions(ComposeOptions.mask(), false, false), stage -> { }).png()));
        assertThat(grown.getRaster().getSample(KEPT[0] - 3, 60, 0)).as("3 px outside the old edge").isGreaterThan(128);
        assertThat(grown.getRaster().getSample(KEPT[0] - 10, 60, 0)).as("10 px outside: past the box filter").isZero();
    }

    @Test
    void announcesDecodeRefineComposeEncodeOnly() {
        List<Stage> seen = new ArrayList<>();
        Refinement keep = new Refinement(earlierResult(), Optional.of(hints(115, 60, 0xFF00FF00)), 2, 0);

        RefinedCutout result = pipeline.refine(png.rgb(photo()), keep, CutoutOptions.DEFAULT, seen::add);

        assertThat(seen).containsExactly(Stage.DECODE, Stage.REFINE, Stage.COMPOSE, Stage.ENCODE);
        assertThat(result.timings().nanos()).containsOnlyKeys(Stage.DECODE, Stage.REFINE, Stage.COMPOSE, Stage.ENCODE);
    }

    @Test
    void refusesAnotherPhotoThanTheEarlierResultsAndAMaskOfAnotherRatio() {
        Refinement keep = new Refinement(earlierResult(), Optional.of(hints(115, 60, 0xFF00FF00)), 0, 0);
        byte[] other = png.rgb(new RgbaImage(W / 2, H, new int[W / 2 * H], false));
        assertThatThrownBy(() -> pipeline.refine(other, keep, CutoutOptions.DEFAULT, stage -> { }))
                .isInstanceOfSatisfying(ImageException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_HINTS))
                .hasMessageContaining("80x120");

        byte[] square = png.rgba(new RgbaImage(50, 50, new int[2500], true));
        Refinement wrongRatio = new Refinement(earlierResult(), Optional.of(square), 0, 0);
        assertThatThrownBy(() -> pipeline.refine(png.rgb(photo()), wrongRatio, CutoutOptions.DEFAULT, stage -> { }))
                .isInstanceOfSatisfying(ImageException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_HINTS));
    }

    private static RgbaImage photo() {
        int[] argb = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int noise = ((x * 7 + y * 13) % 5) - 2;
                int rgb = inside(KEPT, x, y) ? 0xC82828 : inside(MISSED, x, y) ? 0x2838C8 : 0x808080;
                argb[y * W + x] = 0xFF000000 | (rgb + noise * 0x010101);
            }
        }
        return new RgbaImage(W, H, argb, false);
    }

    /** The model's answer as a cut-out PNG: the red square kept, the blue one missed. */
    private byte[] earlierResult() {
        RgbaImage photo = photo();
        int[] argb = photo.argb().clone();
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                argb[y * W + x] = inside(KEPT, x, y) ? argb[y * W + x] : 0;
            }
        }
        return png.rgba(new RgbaImage(W, H, argb, true));
    }

    /** A hint mask at half the photo's size with one stroke (a disc of 3 px) at the photo's (cx, cy). */
    private byte[] hints(int cx, int cy, int colour) {
        int w = W / 2;
        int h = H / 2;
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (Math.hypot(x - cx / 2.0, y - cy / 2.0) <= 3) {
                    argb[y * w + x] = colour;
                }
            }
        }
        return png.rgba(new RgbaImage(w, h, argb, true));
    }

    /** Share of the box's pixels whose alpha is above {@code threshold} (or at most it, for a threshold under 10). */
    private static double share(BufferedImage image, int[] box, int threshold) {
        int count = 0;
        int total = 0;
        for (int y = box[1]; y < box[3]; y++) {
            for (int x = box[0]; x < box[2]; x++) {
                int a = image.getRGB(x, y) >>> 24;
                total++;
                if (threshold < 10 ? a <= threshold : a > threshold) {
                    count++;
                }
            }
        }
        return count / (double) total;
    }

    private static boolean inside(int[] box, int x, int y) {
        return x >= box[0] && x < box[2] && y >= box[1] && y < box[3];
    }
}
