package dev.cutout.engine.pipeline.compose;

import dev.cutout.contract.OutputKind;
import dev.cutout.image.RgbaImage;
import dev.cutout.image.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompositorTest {

    private static final int W = 40;
    private static final int H = 30;

    private static RgbaImage noisyPhoto() {
        return TestImages.opaque(W, H, (x, y) -> TestImages.rgb((x * 37 + y * 11) & 0xFF, (x * 7 + y * 91) & 0xFF, (x ^ y) * 5 & 0xFF));
    }

    /** Opaque left third, soft middle third, transparent right third. */
    private static byte[] thirds() {
        byte[] a = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                a[y * W + x] = (byte) (x < W / 3 ? 255 : x < 2 * W / 3 ? 100 : 0);
            }
        }
        return a;
    }

    @Test
    void copiesRgbBitForBitWhereOpaqueAndZeroesItWhereTransparent() {
        RgbaImage photo = noisyPhoto();
        byte[] alpha = thirds();
        for (boolean decontaminate : new boolean[] {false, true}) {
            RgbaImage cut = new Compositor().cutout(photo, alpha, decontaminate);
            assertThat(cut.hasAlpha()).isTrue();
            for (int i = 0; i < W * H; i++) {
                int a = alpha[i] & 0xFF;
                if (a == 255) {
                    assertThat(cut.argb()[i]).isEqualTo(photo.argb()[i]);
                } else if (a == 0) {
                    assertThat(cut.argb()[i]).isZero();
                } else {
                    assertThat(cut.argb()[i] >>> 24).isEqualTo(a);
                }
            }
        }
    }

    @Test
    void keepsTheOriginalRgbAtSoftPixelsWhenDecontaminationIsOff() {
        RgbaImage photo = noisyPhoto();
        RgbaImage cut = new Compositor().cutout(photo, thirds(), false);
        int i = 5 * W + W / 2;
        assertThat(cut.argb()[i] & 0xFFFFFF).isEqualTo(photo.argb()[i] & 0xFFFFFF);
    }

    @Test
    void limitsThePredictedAlphaByTheInputAlpha() {
        int[] argb = noisyPhoto().argb().clone();
        for (int i = 0; i < argb.length; i++) {
            argb[i] = (argb[i] & 0xFFFFFF) | ((i % 2 == 0 ? 50 : 255) << 24);
        }
        RgbaImage photo = new RgbaImage(W, H, argb, true);
        byte[] alpha = thirds();
        Compositor compositor = new Compositor();
        RgbaImage cut = compositor.cutout(photo, alpha, false);
        byte[] mask = compositor.mask(photo, alpha);
        for (int i = 0; i < argb.length; i++) {
            int expected = Math.min(alpha[i] & 0xFF, argb[i] >>> 24);
            assertThat(cut.argb()[i] >>> 24).isEqualTo(expected);
            assertThat(mask[i] & 0xFF).isEqualTo(expected);
        }
    }

    @Test
    void flattensOnWhiteByTheCompositingFormula() {
        RgbaImage photo = noisyPhoto();
        byte[] alpha = thirds();
        RgbaImage flat = new Compositor().flatten(photo, alpha, 0xFFFFFF, false);
        assertThat(flat.hasAlpha()).isFalse();
        for (int i = 0; i < W * H; i++) {
            int a = alpha[i] & 0xFF;
            int p = photo.argb()[i];
            int q = flat.argb()[i];
            assertThat(q >>> 24).isEqualTo(255);
            assertThat(TestImages.red(q)).isCloseTo(Math.round((TestImages.red(p) * a + 255f * (255 - a)) / 255f), org.assertj.core.data.Offset.offset(1));
            assertThat(TestImages.green(q)).isCloseTo(Math.round((TestImages.green(p) * a + 255f * (255 - a)) / 255f), org.assertj.core.data.Offset.offset(1));
            assertThat(TestImages.blue(q)).isCloseTo(Math.round((TestImages.blue(p) * a + 255f * (255 - a)) / 255f), org.assertj.core.data.Offset.offset(1));
        }
    }

    @Test
    void composeDispatchesOnTheOutputKind() {
        RgbaImage photo = noisyPhoto();
        byte[] alpha = thirds();
        Compositor compositor = new Compositor();
        assertThat(compositor.compose(photo, alpha, ComposeOptions.mask())).isInstanceOf(Composite.Grey.class);
        Composite bg = compositor.compose(photo, alpha, ComposeOptions.background(0x102030, true));
        assertThat(((Composite.Colour) bg).image().argb()[W - 1]).isEqualTo(0xFF102030);
        Composite cut = compositor.compose(photo, alpha, ComposeOptions.cutout(true));
        assertThat(((Composite.Colour) cut).image().hasAlpha()).isTrue();
    }
}
