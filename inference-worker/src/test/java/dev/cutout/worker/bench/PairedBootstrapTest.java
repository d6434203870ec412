package dev.cutout.worker.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PairedBootstrapTest {

    @Test
    void aConstantImprovementHasAnIntervalOfExactlyThatImprovement() {
        PairedBootstrap b = PairedBootstrap.of(new double[] {0.9, 1.9, 2.9}, new double[] {1, 2, 3});
        assertThat(b.mean()).isCloseTo(-0.1, within(1e-12));
        assertThat(b.low()).isCloseTo(-0.1, within(1e-12));
        assertThat(b.high()).isCloseTo(-0.1, within(1e-12));
        assertThat(b.clearlyLower()).isTrue();
    }

    @Test
    void oneBigWinAmongSmallLossesIsNotCalledClearlyBetter() {
        double[] baseline = new double[20];
        double[] variant = new double[20];
        for (int i = 0; i < 20; i++) {
            baseline[i] = 0.05;
            variant[i] = i == 0 ? 0.0 : 0.051;
        }
        baseline[0] = 0.5; // one gross failure rescued
        PairedBootstrap b = PairedBootstrap.of(variant, baseline);
        assertThat(b.mean()).isLessThan(0);
        assertThat(b.low()).isLessThan(b.mean());
        assertThat(b.high()).isGreaterThan(0);
        assertThat(b.clearlyLower()).isFalse();
    }

    @Test
    void isRepeatable() {
        double[] a = {0.1, 0.3, 0.2, 0.5};
        double[] b = {0.2, 0.1, 0.4, 0.4};
        assertThat(PairedBootstrap.of(a, b)).isEqualTo(PairedBootstrap.of(a, b));
    }

    @Test
    void refusesUnpairedSamples() {
        assertThatThrownBy(() -> PairedBootstrap.of(new double[] {1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
