package dev.cutout.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrientationTest {

    /**
     * Stored 3x2:  a b c
     *              d e f
     * Expected rows are the upright image, read left to right, top to bottom.
     */
    @ParameterizedTest(name = "EXIF {0} gives {1}x{2} {3}")
    @CsvSource({
            "1, 3, 2, abcdef",
            "2, 3, 2, cbafed",
            "3, 3, 2, fedcba",
            "4, 3, 2, defabc",
            "5, 2, 3, adbecf",
            "6, 2, 3, daebfc",
            "7, 2, 3, fcebda",
            "8, 2, 3, cfbead"})
    void turnsStoredPixelsIntoTheUprightImage(int exif, int width, int height, String expected) {
        RgbaImage stored = new RgbaImage(3, 2, "abcdef".chars().toArray(), false);

        RgbaImage upright = Orientation.fromExif(exif).apply(stored);

        assertThat(upright.width()).isEqualTo(width);
        assertThat(upright.height()).isEqualTo(height);
        assertThat(upright.argb()).containsExactly(expected.chars().toArray());
    }

    @Test
    void treatsOutOfRangeTagValuesAsStoredOrientation() {
        assertThat(Orientation.fromExif(0)).isEqualTo(Orientation.NORMAL);
        assertThat(Orientation.fromExif(9)).isEqualTo(Orientation.NORMAL);
        assertThat(Orientation.fromExif(-1)).isEqualTo(Orientation.NORMAL);
    }

    @Test
    void keepsAlphaFlagWhenRotating() {
        RgbaImage stored = new RgbaImage(1, 2, new int[] {0x80FF0000, 0xFF00FF00}, true);

        assertThat(Orientation.ROTATE_90_CW.apply(stored).hasAlpha()).isTrue();
    }
}
