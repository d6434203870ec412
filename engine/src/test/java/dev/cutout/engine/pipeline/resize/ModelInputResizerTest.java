package dev.cutout.engine.pipeline.resize;

import dev.cutout.engine.model.ModelInput;
import dev.cutout.image.RgbaImage;
import dev.cutout.image.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ModelInputResizerTest {

    @Test
    void keepsAConstantImageConstantWhenShrinkingAndEnlarging() {
        RgbaImage photo = TestImages.opaque(301, 157, (x, y) -> TestImages.rgb(200, 10, 77));
        for (int size : new int[] {64, 1024}) {
            ModelInput in = new ModelInputResizer(size).resize(photo);
            int plane = in.plane();
            for (int i = 0; i < plane; i++) {
                assertThat(in.chw()[i]).isCloseTo(200f, within(1e-3f));
                assertThat(in.chw()[plane + i]).isCloseTo(10f, within(1e-3f));
                assertThat(in.chw()[2 * plane + i]).isCloseTo(77f, within(1e-3f));
            }
        }
    }

    @Test
    void keepsTheMeanOfFineStripesWhenShrinkingEightTimesInsteadOfAliasing() {
        // One white column in three (mean 85): a 2-tap bilinear shrink reads 0, 127.5 or 255
        // depending on the column (a beat pattern); the antialiased shrink stays within 2 of 85.
        RgbaImage stripes = TestImages.opaque(512, 512, (x, y) -> x % 3 == 2 ? TestImages.rgb(255, 255, 255) : 0);
        ModelInput in = new ModelInputResizer(64).resize(stripes);
        for (int y = 1; y < 63; y++) {
            for (int x = 1; x < 63; x++) {
                assertThat(in.chw()[y * 64 + x]).isCloseTo(85f, within(2.0f));
            }
        }
    }

    @Test
    void enlargesBilinearlyWithHalfPixelCentres() {
        // 2 -> 4 pixels: centres at -0.25, 0.25, 0.75, 1.25 in source pixels, clamped at the edges.
        RgbaImage two = TestImages.opaque(2, 1, (x, y) -> x == 0 ? 0 : TestImages.rgb(100, 100, 100));
        ModelInput in = new ModelInputResizer(4).resize(two);
        assertThat(new float[] {in.chw()[0], in.chw()[1], in.chw()[2], in.chw()[3]})
                .containsExactly(new float[] {0f, 25f, 75f, 100f}, within(1e-3f));
    }

    @Test
    void stretchesNonSquarePhotosWithoutLetterbox() {
        // Left half red, right half blue, 3:1 aspect: the split must land in the middle of the square.
        RgbaImage photo = TestImages.opaque(600, 200, (x, y) -> x < 300 ? TestImages.rgb(255, 0, 0) : TestImages.rgb(0, 0, 255));
        ModelInput in = new ModelInputResizer(100).resize(photo);
        int plane = in.plane();
        assertThat(in.chw()[50 * 100 + 48]).isCloseTo(255f, within(1e-3f));
        assertThat(in.chw()[2 * plane + 50 * 100 + 51]).isCloseTo(255f, within(1e-3f));
        assertThat(in.chw()[0]).isCloseTo(255f, within(1e-3f));
        assertThat(in.chw()[2 * plane + 99]).isCloseTo(255f, within(1e-3f));
    }
}
