package dev.cutout.bench.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScalingSimulationTest {

    private static final WorkerModel WORKER = new WorkerModel(20, 30);

    private static ScalingSettings fixed(int replicas) {
        return new ScalingSettings(10, 300, replicas, replicas, 20, 0, ScalingRules.defaultScaleUp(), ScalingRules.defaultScaleDown());
    }

    private static String fixture() throws IOException {
        try (InputStream in = ScalingSimulationTest.class.getResourceAsStream("/scaling/rendered.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void fixedReplicasDrainInJobsOverThroughput() {
        ScalingSimulation.Run run = ScalingSimulation.run(fixed(5), WORKER, 1_000, 5);

        // 1,000 jobs / (5 workers x 20 per minute) = 10 minutes, the pods being ready from the start.
        assertThat(run.drainedAt()).isCloseTo(600L, within(2L));
    }

    @Test
    void activatesFromZeroOnlyAboveActivationValue() {
        ScalingSettings toZero = new ScalingSettings(10, 300, 0, 10, 20, 5, ScalingRules.defaultScaleUp(), ScalingRules.defaultScaleDown());

        ScalingSimulation.Run few = ScalingSimulation.run(toZero, WORKER, 5, 0);
        ScalingSimulation.Run more = ScalingSimulation.run(toZero, WORKER, 6, 0);

        assertThat(few.drainedAt()).as("5 jobs do not exceed activationValue 5").isEqualTo(-1);
        assertThat(more.ticks().get(0).replicas()).isEqualTo(1);
        assertThat(more.firstDoneAt()).as("start-up 30 s + one job of 3 s").isCloseTo(33.0, within(0.01));
    }

    @Test
    void scalesToZeroAfterCooldown() {
        ScalingSettings toZero = new ScalingSettings(10, 300, 0, 10, 20, 0, ScalingRules.defaultScaleUp(), ScalingRules.defaultScaleDown());

        ScalingSimulation.Run run = ScalingSimulation.run(toZero, WORKER, 1, 0);
        List<ScalingSimulation.Tick> ticks = run.ticks();

        assertThat(ticks.get(ticks.size() - 1).replicas()).isZero();
        // The pod is ready and takes the job at 30 s, so the last poll that saw it waiting was at 20 s;
        // 300 s of cool-down later, at the poll of 320 s, KEDA scales to zero.
        assertThat(ticks.get(ticks.size() - 1).second()).isEqualTo(321L);
    }

    @Test
    void readsSettingsFromRenderedKustomizeOutput() throws IOException {
        ScalingSettings settings = ScaledObjectReader.read(fixture());

        assertThat(settings.pollingIntervalSeconds()).isEqualTo(10);
        assertThat(settings.cooldownPeriodSeconds()).as("KEDA's default").isEqualTo(300);
        assertThat(settings.minReplicas()).isEqualTo(1);
        assertThat(settings.maxReplicas()).isEqualTo(20);
        assertThat(settings.queueLengthPerReplica()).isEqualTo(20);
        assertThat(settings.activationValue()).isEqualTo(5);
        assertThat(settings.scaleUp()).as("absent: Kubernetes' default").isEqualTo(ScalingRules.defaultScaleUp());
        assertThat(settings.scaleDown()).isEqualTo(new ScalingRules(120, ScalingRules.Select.MAX,
                List.of(new ScalingPolicy(ScalingPolicy.Type.PODS, 2, 60))));
    }

    @Test
    void readsTheScaledObjectOfTheCpuOverlayAsKubectlRendersIt() {
        ScalingSettings settings = ScaledObjectReader.fromOverlay(Path.of("..", "k8s", "overlays", "cpu"));

        assertThat(settings.minReplicas()).isEqualTo(1);
        assertThat(settings.maxReplicas()).isGreaterThan(settings.minReplicas());
        assertThat(settings.queueLengthPerReplica()).isPositive();
    }

    @Test
    void refusesYamlWithoutScaledObject() throws IOException {
        String deploymentOnly = fixture().substring(0, fixture().indexOf("---"));

        assertThatThrownBy(() -> ScaledObjectReader.read(deploymentOnly)).hasMessage("no ScaledObject in these manifests");
    }
}
