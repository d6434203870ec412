package dev.cutout.image.webp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistanceCodesTest {

    @Test
    void theShortCodeTableHasTheSpecifiedHundredAndTwentyEntries() {
        assertThat(DistanceCodes.tableSize()).isEqualTo(120);
    }

    @Test
    void theLeftPixelAndThePixelAboveGetTheTwoShortestCodes() {
        DistanceCodes codes = new DistanceCodes(100);

        assertThat(codes.code(100)).isEqualTo(1);
        assertThat(codes.code(1)).isEqualTo(2);
        assertThat(codes.code(99)).isEqualTo(4); // (-1, 1): above and to the right
    }

    @Test
    void farDistancesAreTheDistancePlusOneHundredTwenty() {
        assertThat(new DistanceCodes(100).code(5000)).isEqualTo(5120);
    }

    @Test
    void everyShortOrFarCodeDecodesBackToItsDistanceOnNarrowAndWideImages() {
        for (int width : new int[] {1, 2, 3, 7, 8, 9, 16, 100, 4096}) {
            DistanceCodes codes = new DistanceCodes(width);
            for (int distance = 1; distance < 20 * width + 50; distance++) {
                int code = codes.code(distance);
                if (code > 10 && code <= 120) {
                    continue;
                }
                assertThat(decode(code, width)).as("width %d distance %d", width, distance).isEqualTo(distance);
            }
        }
    }

    /** The decoder's side, from the RFC's (dx, dy) list, independent of the encoder's grid. */
    private static int decode(int code, int width) {
        if (code > 120) {
            return code - 120;
        }
        int[][] pairs = {{0, 1}, {1, 0}, {1, 1}, {-1, 1}, {0, 2}, {2, 0}, {1, 2}, {-1, 2}, {2, 1}, {-2, 1}};
        if (code - 1 >= pairs.length) {
            throw new AssertionError("not in the test's table");
        }
        return Math.max(1, pairs[code - 1][0] + pairs[code - 1][1] * width);
    }
}
