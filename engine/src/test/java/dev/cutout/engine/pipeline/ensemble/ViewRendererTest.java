package dev.cutout.engine.pipeline.ensemble;

import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.model.ModelInput;
import dev.cutout.engine.pipeline.resize.ModelInputResizer;
import dev.cutout.image.RgbaImage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ViewRendererTest {

    private static final int GRID = 60;

    /** Left half red, right half blue, with a white frame one pixel wide. */
    private static RgbaImage photo() {
        int w = 120;
        int h = 80;
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean frame = x == 0 || y == 0 || x == w - 1 || y == h - 1;
                argb[y * w + x] = frame ? 0xFFFFFFFF : x < w / 2 ? 0xFFFF0000 : 0xFF0000FF;
            }
        }
        return new RgbaImage(w, h, argb, false);
    }

    @Test
    void plainViewIsExactlyTheModelInputOfTheStretch() {
        ModelInput plain = new ViewRenderer(GRID).render(photo(), ModelView.PLAIN);
        assertThat(plain.chw()).containsExactly(new ModelInputResizer(GRID).resize(photo()).chw());
    }

    @Test
    void zoomOutPutsThePhotoInTheMiddleAndFillsTheRestWithItsBorderMedian() {
        ModelView view = ModelView.zoomOut(0.25, ModelView.PadFill.MEDIAN);
        ViewLayout layout = view.layout(GRID);
        assertThat(layout).isEqualTo(new ViewLayout(GRID, 10, 10, 40, 40));
        ModelInput in = new ViewRenderer(GRID).render(photo(), view);
        int plane = GRID * GRID;
        // Padding: the frame is white, so the median of the border is white.
        assertThat(in.chw()[0]).isEqualTo(255f);
        assertThat(in.chw()[2 * plane + GRID * GRID - 1]).isEqualTo(255f);
        // Inside: red on the left of the photo, blue on the right.
        assertThat(in.chw()[30 * GRID + 15]).isCloseTo(255f, within(1f));
        assertThat(in.chw()[2 * plane + 30 * GRID + 15]).isCloseTo(0f, within(1f));
        assertThat(in.chw()[2 * plane + 30 * GRID + 45]).isCloseTo(255f, within(1f));
    }

    @Test
    void edgeFillRepeatsTheNearestPhotoPixel() {
        ModelView view = ModelView.zoomOut(0.25, ModelView.PadFill.EDGE);
        ModelInput in = new ViewRenderer(GRID).render(photo(), view);
        ModelInput inner = new ModelInput(GRID, in.chw());
        // Row 30, column 0 repeats the photo's left edge pixel at (10, 30).
        assertThat(inner.chw()[30 * GRID]).isEqualTo(inner.chw()[30 * GRID + 10]);
        assertThat(inner.chw()[30 * GRID + GRID - 1]).isEqualTo(inner.chw()[30 * GRID + 49]);
    }

    @Test
    void mirroredViewComesBackUnmirrored() {
        ViewRenderer renderer = new ViewRenderer(GRID);
        ModelInput mirrored = renderer.render(photo(), ModelView.MIRRORED);
        // A "model" that answers the red channel: the matte of the red half, seen mirrored.
        GridMatte seen = new GridMatte(GRID, redShare(mirrored));
        GridMatte back = renderer.toPhotoGrid(seen, ModelView.MIRRORED);
        assertThat(back.alpha()[30 * GRID + 10]).isCloseTo(1f, within(1e-3f));
        assertThat(back.alpha()[30 * GRID + 50]).isCloseTo(0f, within(1e-3f));
    }

    @Test
    void zoomedOutMatteIsCroppedToThePhotoAndStretchedBackToTheWholeGrid() {
        ModelView view = ModelView.zoomOut(0.25, ModelView.PadFill.MEDIAN).mirror();
        ViewRenderer renderer = new ViewRenderer(GRID);
        GridMatte back = renderer.toPhotoGrid(new GridMatte(GRID, redShare(renderer.render(photo(), view))), view);
        GridMatte plain = new GridMatte(GRID, redShare(renderer.render(photo(), ModelView.PLAIN)));
        // Same red half on the photo grid; only the resolution differs (40 columns stretched to 60).
        for (int x = 3; x < GRID - 3; x++) {
            if (Math.abs(x - GRID / 2) > 2) {
                assertThat(back.alpha()[30 * GRID + x]).as("column %d", x)
                        .isCloseTo(plain.alpha()[30 * GRID + x], within(0.05f));
            }
        }
    }

    /** 1 where a pixel is pure red, 0 where it is blue or white, linear in between. */
    private static float[] redShare(ModelInput in) {
        int plane = in.plane();
        float[] a = new float[plane];
        for (int i = 0; i < plane; i++) {
            a[i] = Math.max(0f, Math.min(1f, (in.chw()[i] - in.chw()[plane + i]) / 255f));
        }
        return a;
    }
}
