package dev.cutout.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageLimitsTest {

    @Test
    void turnsTheConfiguredMegapixelsIntoPixelsKeepingAFraction() {
        assertThat(ImageLimits.of(26_214_400L, 50)).isEqualTo(ImageLimits.DEFAULT);
        assertThat(ImageLimits.of(1_000, 12.5).maxPixels()).isEqualTo(12_500_000L);
    }

    @Test
    void refusesALimitOfNothing() {
        assertThatThrownBy(() -> ImageLimits.of(1_000, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
