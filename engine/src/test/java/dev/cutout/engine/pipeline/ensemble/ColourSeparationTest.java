package dev.cutout.engine.pipeline.ensemble;

import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.model.ModelInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ColourSeparationTest {

    private static final int N = 32;
    private final ColourSeparation separation = new ColourSeparation();

    /** Left half red, right half blue. */
    private static ModelInput halves() {
        float[] chw = new float[3 * N * N];
        for (int i = 0; i < N * N; i++) {
            boolean left = i % N < N / 2;
            chw[i] = left ? 250 : 5;
            chw[2 * N * N + i] = left ? 5 : 250;
        }
        return new ModelInput(N, chw);
    }

    private static GridMatte keep(java.util.function.IntPredicate kept) {
        float[] a = new float[N * N];
        for (int i = 0; i < a.length; i++) {
            a[i] = kept.test(i) ? 1f : 0f;
        }
        return new GridMatte(N, a);
    }

    @Test
    void aCutAlongTheColourEdgeHasNoOverlap() {
        int[] bins = separation.binsOf(halves());
        assertThat(separation.overlap(bins, keep(i -> i % N < N / 2))).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void aCutAcrossTheColoursOverlapsFully() {
        int[] bins = separation.binsOf(halves());
        // Top half kept: both sides hold red and blue in equal parts.
        assertThat(separation.overlap(bins, keep(i -> i / N < N / 2))).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void losingPartOfTheSubjectRaisesTheOverlap() {
        int[] bins = separation.binsOf(halves());
        double whole = separation.overlap(bins, keep(i -> i % N < N / 2));
        double lost = separation.overlap(bins, keep(i -> i % N < N / 4));
        assertThat(lost).isGreaterThan(whole + 0.3);
    }

    @Test
    void anEmptyOrFullMatteReadsAsFullOverlap() {
        int[] bins = separation.binsOf(halves());
        assertThat(separation.overlap(bins, keep(i -> false))).isEqualTo(1.0);
        assertThat(separation.overlap(bins, keep(i -> true))).isEqualTo(1.0);
    }
}
