package dev.cutout.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cutout.contract.ErrorCode;

import org.junit.jupiter.api.Test;

class HintMaskTest {

    @Test
    void readsOpaqueGreenAsKeepOpaqueRedAsEraseAndTheRestAsNone() {
        int[] argb = {0xFF00FF00, 0xFFFF0000, 0x8000FF00, 0x7FFF0000, 0xFFFFFFFF, 0x00000000};
        HintMask mask = HintMask.of(new RgbaImage(6, 1, argb, true));

        assertThat(mask.labels()).containsExactly(HintMask.KEEP, HintMask.ERASE, HintMask.KEEP, HintMask.NONE,
                HintMask.NONE, HintMask.NONE);
        assertThat(mask.isEmpty()).isFalse();
    }

    @Test
    void scalesToThePhotoNearestNeighbourAndChecksTheAspectRatio() {
        HintMask mask = new HintMask(2, 1, new byte[] {HintMask.KEEP, HintMask.ERASE});

        assertThat(mask.scaledTo(4, 2).labels()).containsExactly(1, 1, 2, 2, 1, 1, 2, 2);
        assertThat(mask.fits(4000, 2010)).isTrue();
        assertThat(mask.fits(4000, 3000)).isFalse();
    }

    @Test
    void decodesAMaskImageAndRefusesOneOfAnotherRatioOrNoImageAtAll() {
        ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);
        int[] argb = new int[8];
        argb[0] = 0xFF00FF00;
        argb[7] = 0xFFFF0000;
        byte[] png = new PngWriter().rgba(new RgbaImage(4, 2, argb, true));

        HintMask mask = HintMask.decode(decoder, png, 400, 200);
        assertThat(mask.width()).isEqualTo(4);
        assertThat(mask.labels()[0]).isEqualTo(HintMask.KEEP);
        assertThat(mask.labels()[7]).isEqualTo(HintMask.ERASE);

        assertThatThrownBy(() -> HintMask.decode(decoder, png, 300, 300)).isInstanceOfSatisfying(ImageException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_HINTS)).hasMessageContaining("aspect ratio");
        assertThatThrownBy(() -> HintMask.decode(decoder, "not a picture".getBytes(), 4, 2))
                .isInstanceOfSatisfying(ImageException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_HINTS))
                .hasMessageContaining("cannot be read");
    }
}
