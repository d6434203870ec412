package dev.cutout.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutout.contract.Topology;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A broken manifest fails: each break of the rendered cpu overlay is caught by the schemas or by a rule. */
class BrokenManifestsTest {

    private static List<String> rulesAfter(Consumer<List<JsonNode>> breakIt) {
        List<JsonNode> objects = Overlay.CPU.objects();
        breakIt.accept(objects);
        return ManifestRules.check(objects, GatewayLimits.maxBodyBytes());
    }

    private static Commands.Result schemasAfter(Consumer<List<JsonNode>> breakIt) {
        List<JsonNode> objects = Overlay.CPU.objects();
        breakIt.accept(objects);
        return SchemaValidator.validate(Overlay.toYaml(objects));
    }

    private static JsonNode named(List<JsonNode> objects, String kind, String name) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind) && o.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow();
    }

    private static ObjectNode workerContainer(List<JsonNode> objects) {
        return (ObjectNode) named(objects, "Deployment", "cutout-worker").path("spec").path("template").path("spec").path("containers").get(0);
    }

    private static ObjectNode workerPod(List<JsonNode> objects) {
        return (ObjectNode) named(objects, "Deployment", "cutout-worker").path("spec").path("template").path("spec");
    }

    private static ObjectNode trigger(List<JsonNode> objects) {
        return (ObjectNode) named(objects, "ScaledObject", "cutout-worker").path("spec").path("triggers").get(0).path("metadata");
    }

    @Test
    void refusesAWorkerWithoutAReadinessProbe() {
        assertThat(rulesAfter(o -> workerContainer(o).remove("readinessProbe")))
                .containsExactly("Deployment/cutout-worker container worker has no readinessProbe");
    }

    @Test
    void refusesAContainerWithoutAMemoryLimit() {
        assertThat(rulesAfter(o -> ((ObjectNode) workerContainer(o).path("resources").path("limits")).remove("memory")))
                .containsExactly("Deployment/cutout-worker container worker has no memory in resources.limits");
    }

    @Test
    void refusesAContainerThatMayRunAsRoot() {
        assertThat(rulesAfter(o -> ((ObjectNode) workerPod(o).path("securityContext")).remove("runAsNonRoot")))
                .containsExactly("Deployment/cutout-worker container worker may run as root (runAsNonRoot is not true for it or its pod)");
    }

    @Test
    void refusesAGracePeriodNoLongerThanTheWorkersDrainTimeout() {
        long drain = WorkerSettings.defaultDrainTimeout().toSeconds();

        assertThat(rulesAfter(o -> workerPod(o).put("terminationGracePeriodSeconds", drain)))
                .singleElement().asString().contains("does not exceed the drain timeout of " + drain + " s");
    }

    @Test
    void refusesAScaledObjectOnAnotherQueueThanTheCodeDeclares() {
        assertThat(rulesAfter(o -> trigger(o).put("queueName", "jobs")))
                .containsExactly("ScaledObject/cutout-worker watches queue 'jobs', but the code declares " + Topology.JOBS_QUEUE);
    }

    @Test
    void refusesAScaledObjectThatTargetsAnotherDeployment() {
        assertThat(rulesAfter(o -> ((ObjectNode) named(o, "ScaledObject", "cutout-worker").path("spec").path("scaleTargetRef"))
                .put("name", "cutout-gateway")))
                .containsExactly("ScaledObject/cutout-worker does not target the worker Deployment cutout-worker");
    }

    @Test
    void refusesAPasswordWrittenIntoTheManifest() {
        assertThat(rulesAfter(o -> ((ObjectNode) workerContainer(o).path("env").get(3)).removeAll().put("name", "RABBITMQ_PASSWORD").put("value", "guest")))
                .containsExactly("Deployment/cutout-worker container worker sets RABBITMQ_PASSWORD other than from a Secret");
    }

    @Test
    void refusesAnIngressThatWouldCutLargeUploads() {
        assertThat(rulesAfter(o -> ((ObjectNode) named(o, "Ingress", "cutout").path("metadata").path("annotations"))
                .put("nginx.ingress.kubernetes.io/proxy-body-size", "1m")))
                .singleElement().asString().contains("proxy-body-size is below the gateway's limit");
    }

    @Test
    void schemasRefuseAMisspeltField() {
        Commands.Result result = schemasAfter(o -> workerContainer(o).set("readinesProbe", workerContainer(o).remove("readinessProbe")));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("Deployment/cutout-worker: .spec.template.spec.containers[0].readinesProbe: unknown field");
    }

    @Test
    void schemasRefuseAWrongTypeInAKedaObject() {
        Commands.Result result = schemasAfter(o -> ((ObjectNode) named(o, "ScaledObject", "cutout-worker").path("spec")).put("maxReplicaCount", "twenty"));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("ScaledObject/cutout-worker: data/spec/maxReplicaCount must be integer");
    }

    @Test
    void schemasRefuseAnObjectWithoutASchema() {
        Commands.Result result = SchemaValidator.validate("apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("Widget/w: no schema for example.com/v1 Widget");
    }
}
