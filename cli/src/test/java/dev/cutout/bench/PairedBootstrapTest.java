package dev.cutout.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PairedBootstrapTest {

    @Test
    void aProportionalImprovementHasAnIntervalOfExactlyThatImprovement() {
        PairedBootstrap b = PairedBootstrap.of(new double[] {0.9, 1.8, 2.7}, new double[] {1, 2, 3});
        assertThat(b.change()).isCloseTo(-0.1, within(1e-12));
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
        assertThat(b.change()).isLessThan(0);
        assertThat(b.low()).isLessThan(b.change());
        assertThat(b.high()).isGreaterThan(0);
        assertThat(b.clearlyLower()).isFalse();
    }

    @Test
    void theIntervalNeverPassesMinusOneHundredPercent() {
        double[] baseline = {0.6, 0.5, 0.02, 0.03, 0.02};
        double[] variant = {0.05, 0.04, 0.02, 0.03, 0.02};
        PairedBootstrap b = PairedBootstrap.of(variant, baseline);
        assertThat(b.low()).isGreaterThanOrEqualTo(-1);
        assertThat(b.change()).isCloseTo(0.16 / 1.17 - 1, within(1e-12));
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
