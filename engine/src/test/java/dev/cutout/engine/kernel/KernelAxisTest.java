package dev.cutout.engine.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KernelAxisTest {

    @ParameterizedTest
    @EnumSource(ResampleKernel.class)
    void weightsOfEveryDestinationPixelInsideTheSourceSumToOne(ResampleKernel kernel) {
        for (double scale : new double[] {0.1, 0.37, 1, 2.6}) {
            KernelAxis axis = KernelAxis.of(kernel, 100, (int) (100 * scale), 0.3, scale);
            for (int d = 0; d < axis.dstLen; d++) {
                if (axis.count[d] == 0) {
                    continue;
                }
                double sum = 0;
                for (int k = 0; k < axis.count[d]; k++) {
                    sum += axis.weights[d * axis.taps + k];
                }
                assertThat(sum).as("scale %s, pixel %d", scale, d).isCloseTo(1, within(1e-5));
            }
        }
    }

    @Test
    void stretchesTheKernelByTheFactorWhenShrinkingSoEverySourcePixelCounts() {
        KernelAxis tenth = KernelAxis.of(ResampleKernel.LANCZOS3, 1000, 100, 0, 0.1);
        // Lanczos-3 spans ±3 destination pixels = ±30 source pixels; away from the edges all are read.
        assertThat(tenth.count[50]).isBetween(59, 61);
        assertThat(tenth.start[50]).isEqualTo(505 - 30);
        KernelAxis twice = KernelAxis.of(ResampleKernel.LANCZOS3, 100, 200, 0, 2);
        assertThat(twice.count[100]).isEqualTo(6);
    }

    @Test
    void leavesDestinationPixelsWhoseCentreIsOutsideTheSourceWithoutTaps() {
        // Destination starts 10 source pixels left of the source and runs 10 past its right end.
        KernelAxis axis = KernelAxis.of(ResampleKernel.MITCHELL, 20, 40, -10, 1);
        for (int d = 0; d < 40; d++) {
            assertThat(axis.count[d] > 0).as("pixel %d", d).isEqualTo(d >= 10 && d < 30);
        }
        assertThat(axis.sourceStart(0, 40)).isZero();
        assertThat(axis.sourceEnd(0, 40)).isEqualTo(20);
        assertThat(axis.sourceEnd(0, 10)).isZero();
    }

    @Test
    void lanczosReproducesTheSourceAtUnitScaleButMitchellSoftensIt() {
        // Mitchell (B = 1/3) is not interpolating: at scale 1 it still blurs, which is why ShopLayout
        // copies an unscaled box instead of filtering it.
        KernelAxis lanczos = KernelAxis.of(ResampleKernel.LANCZOS3, 30, 20, 5, 1);
        for (int d = 0; d < 20; d++) {
            for (int k = 0; k < lanczos.count[d]; k++) {
                float expected = lanczos.start[d] + k == d + 5 ? 1f : 0f;
                assertThat(lanczos.weights[d * lanczos.taps + k]).isCloseTo(expected, within(1e-6f));
            }
        }
        KernelAxis mitchell = KernelAxis.of(ResampleKernel.MITCHELL, 30, 20, 5, 1);
        int centre = 10 * mitchell.taps + (15 - mitchell.start[10]);
        assertThat(mitchell.weights[centre]).isCloseTo(8f / 9, within(1e-6f));
    }

    @Test
    void lanczosRingsTwiceAtAnEnlargedHardEdgeWhereMitchellRingsOnce() {
        // Why ShopLayout enlarges with Mitchell: the second lobe of Lanczos-3 survives clamping as a
        // faint outline outside a hard alpha edge (and a translucent ring inside it).
        assertThat(ghostOutsideStep(ResampleKernel.LANCZOS3, 2.6)).isGreaterThan(5);
        assertThat(ghostOutsideStep(ResampleKernel.MITCHELL, 2.6)).isLessThan(0.5);
        // Shrinking, Lanczos-3's ripple stays about a level of alpha.
        assertThat(ghostOutsideStep(ResampleKernel.LANCZOS3, 0.5)).isLessThan(1.5);
    }

    /** Largest positive value on the transparent side of a 0 → 255 step, beyond its first (negative) lobe. */
    private static double ghostOutsideStep(ResampleKernel kernel, double scale) {
        int n = 200;
        int dst = (int) Math.round(n * scale);
        KernelAxis axis = KernelAxis.of(kernel, n, dst, 0, scale);
        double[] v = new double[dst];
        for (int d = 0; d < dst; d++) {
            for (int k = 0; k < axis.count[d]; k++) {
                v[d] += axis.weights[d * axis.taps + k] * (axis.start[d] + k >= n / 2 ? 255 : 0);
            }
        }
        int trough = dst / 2;
        for (int d = dst / 2; d >= 0; d--) {
            if (v[d] <= v[trough]) {
                trough = d;
            }
        }
        double ghost = 0;
        for (int d = trough; d >= 0; d--) {
            ghost = Math.max(ghost, v[d]);
        }
        return ghost;
    }
}
