package dev.cutout.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every overlay renders, validates against the Kubernetes and KEDA schemas, and keeps our rules. */
class OverlaysTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void rendersAndValidatesAgainstTheKubernetesAndKedaSchemas(Overlay overlay) {
        Commands.Result result = SchemaValidator.validate(overlay.render());

        assertThat(result.exitCode()).as("validate.mjs on overlays/%s:\n%s", overlay, result.output()).isZero();
        assertThat(result.output()).startsWith("valid: ");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void keepsTheRulesForProbesLimitsSecurityScalingAndCredentials(Overlay overlay) {
        assertThat(ManifestRules.check(overlay.objects(), GatewayLimits.maxBodyBytes())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Overlay.class, names = {"CPU", "GPU", "SCALE_TO_ZERO"})
    void scalesWorkersWithKedaOnTheJobQueue(Overlay overlay) {
        assertThat(overlay.objects()).extracting(o -> o.path("kind").asText()).contains("ScaledObject", "TriggerAuthentication");
    }

    @ParameterizedTest
    @EnumSource(value = Overlay.class, names = {"CPU", "GPU", "NO_KEDA", "SCALE_TO_ZERO"})
    void runsAtLeastTwoGatewaysWithAnHpaAndADisruptionBudget(Overlay overlay) {
        JsonNode gateway = overlay.objects().stream()
                .filter(o -> o.path("kind").asText().equals("Deployment") && o.path("metadata").path("name").asText().equals("cutout-gateway"))
                .findFirst().orElseThrow();

        assertThat(gateway.path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(overlay.objects()).filteredOn(o -> o.path("spec").path("scaleTargetRef").path("name").asText().equals("cutout-gateway")
                || o.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText().equals("cutout-gateway"))
                .extracting(o -> o.path("kind").asText())
                .contains("HorizontalPodAutoscaler", "PodDisruptionBudget");
    }
}
