package dev.cutout.bench.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HorizontalAutoscalerTest {

    private static ScalingSettings settings(int min, int max, ScalingRules up, ScalingRules down) {
        return new ScalingSettings(10, 300, min, max, 20, 0, up, down);
    }

    private static final ScalingRules UNLIMITED_UP = new ScalingRules(0, ScalingRules.Select.MAX,
            List.of(new ScalingPolicy(ScalingPolicy.Type.PERCENT, 10_000, 15)));
    private static final ScalingRules UNLIMITED_DOWN = new ScalingRules(0, ScalingRules.Select.MAX,
            List.of(new ScalingPolicy(ScalingPolicy.Type.PERCENT, 100, 15)));

    @Test
    void desiredIsCeilOfQueueOverTarget() {
        HorizontalAutoscaler hpa = new HorizontalAutoscaler(settings(1, 50, UNLIMITED_UP, UNLIMITED_DOWN));

        assertThat(hpa.sync(0, 1, 101)).isEqualTo(6);
    }

    @Test
    void keepsReplicasWithinTolerance() {
        HorizontalAutoscaler hpa = new HorizontalAutoscaler(settings(1, 50, UNLIMITED_UP, UNLIMITED_DOWN));

        assertThat(hpa.sync(0, 5, 109)).as("109 / (20 x 5) = 1.09, within 10 %").isEqualTo(5);
        assertThat(hpa.sync(15, 5, 111)).as("1.11 is outside").isEqualTo(6);
    }

    @Test
    void scaleUpLimitedToFourPodsOrDoublingPer15Seconds() {
        HorizontalAutoscaler hpa = new HorizontalAutoscaler(settings(1, 100, ScalingRules.defaultScaleUp(), ScalingRules.defaultScaleDown()));

        int first = hpa.sync(0, 1, 5_000);
        int second = hpa.sync(15, first, 5_000);
        int third = hpa.sync(30, second, 5_000);

        assertThat(List.of(first, second, third)).containsExactly(5, 10, 20);
    }

    @Test
    void scaleDownWaitsForStabilizationWindow() {
        HorizontalAutoscaler hpa = new HorizontalAutoscaler(settings(1, 50, UNLIMITED_UP, ScalingRules.defaultScaleDown()));
        hpa.sync(0, 10, 200);

        assertThat(hpa.sync(15, 10, 0)).as("within 300 s of wanting 10").isEqualTo(10);
        assertThat(hpa.sync(285, 10, 0)).isEqualTo(10);
        assertThat(hpa.sync(300, 10, 0)).as("the window has passed: down to the minimum").isEqualTo(1);
    }

    @Test
    void scaleDownLimitedByPodsPolicyPerPeriod() {
        ScalingRules twoPerMinute = new ScalingRules(0, ScalingRules.Select.MAX, List.of(new ScalingPolicy(ScalingPolicy.Type.PODS, 2, 60)));
        HorizontalAutoscaler hpa = new HorizontalAutoscaler(settings(1, 50, UNLIMITED_UP, twoPerMinute));

        int first = hpa.sync(0, 10, 0);
        int second = hpa.sync(15, first, 0);
        int third = hpa.sync(60, second, 0);

        assertThat(List.of(first, second, third)).containsExactly(8, 8, 6);
    }

    @Test
    void staysWithinMinAndMax() {
        HorizontalAutoscaler hpa = new HorizontalAutoscaler(settings(2, 7, UNLIMITED_UP, UNLIMITED_DOWN));

        assertThat(hpa.sync(0, 3, 10_000)).isEqualTo(7);
        assertThat(hpa.sync(15, 7, 0)).isEqualTo(2);
    }
}
