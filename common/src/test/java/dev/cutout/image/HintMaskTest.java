package dev.cutout.image;

import static org.assertj.core.api.Assertions.assertThat;

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
}
