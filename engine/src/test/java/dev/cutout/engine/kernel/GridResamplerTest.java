package dev.cutout.engine.kernel;

import dev.cutout.engine.ModelFixtures;
import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.pipeline.refine.BilinearUpsampler;
import dev.cutout.image.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GridResamplerTest {

    @Test
    void placesAGridStepEdgeAtTheMatchingFullResolutionPositionForNonIntegerScales() {
        // Grid of 10 with a step between columns 3 and 4, i.e. at 4/10 of the width. Resampled to
        // 37 pixels, the 0.5 crossing must be at 0.4 * 37 = 14.8 px (centre coordinate 14.3).
        int n = 10;
        float[] grid = new float[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 4; x < n; x++) {
                grid[y * n + x] = 1f;
            }
        }
        int width = 37;
        GridResampler resampler = new GridResampler(n, width, 23);
        float[] row = new float[width];
        resampler.resampleRow(grid, 11, new float[n + 1], row);
        double crossing = crossingOfHalf(row);
        assertThat(crossing + 0.5).isCloseTo(0.4 * width, within(1e-4));
    }

    @Test
    void bilinearUpsamplerRoundsToBytesAndKeepsConstants() {
        GridMatte half = ModelFixtures.matte(8, (x, y) -> 0.5f);
        byte[] alpha = new BilinearUpsampler().upsample(half, 13, 29);
        assertThat(alpha).hasSize(13 * 29);
        for (byte b : alpha) {
            assertThat(b & 0xFF).isEqualTo(128);
        }
    }

    @Test
    void bilinearUpsamplerClampsAtTheBorderInsteadOfFadingToZero() {
        GridMatte ones = ModelFixtures.matte(4, (x, y) -> 1f);
        byte[] alpha = new BilinearUpsampler().upsample(ones, 16, 16);
        assertThat(alpha[0] & 0xFF).isEqualTo(255);
        assertThat(alpha[16 * 16 - 1] & 0xFF).isEqualTo(255);
    }

    /** Linear interpolation of where a rising row first reaches 0.5, in pixel-centre coordinates. */
    static double crossingOfHalf(float[] row) {
        for (int x = 1; x < row.length; x++) {
            if (row[x - 1] < 0.5f && row[x] >= 0.5f) {
                return x - 1 + (0.5 - row[x - 1]) / (row[x] - row[x - 1]);
            }
        }
        throw new AssertionError("no crossing");
    }
}
