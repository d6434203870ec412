package dev.cutout.bench.scaling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the worker's ScaledObject out of rendered manifests (KEDA's defaults where a field is absent). */
final class ScaledObjectReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final int KEDA_POLLING_INTERVAL = 30;
    private static final int KEDA_COOLDOWN_PERIOD = 300;
    private static final int KEDA_MAX_REPLICAS = 100;

    private ScaledObjectReader() {
    }

    /** {@code kubectl kustomize DIR}, then {@link #read}. */
    static ScalingSettings fromOverlay(Path overlay) {
        try {
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).redirectErrorStream(true).start();
            String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (kubectl.waitFor() != 0) {
                throw new IllegalArgumentException("kubectl kustomize " + overlay + " failed: " + output.strip());
            }
            return read(output);
        } catch (IOException e) {
            throw new UncheckedIOException("could not run kubectl (is it installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The settings of the first ScaledObject in a multi-document YAML text. */
    static ScalingSettings read(String yaml) {
        JsonNode spec = documents(yaml).stream().filter(d -> "ScaledObject".equals(d.path("kind").asText())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no ScaledObject in these manifests")).path("spec");
        JsonNode trigger = rabbitmqTrigger(spec);
        JsonNode behavior = spec.path("advanced").path("horizontalPodAutoscalerConfig").path("behavior");
        return new ScalingSettings(
                spec.path("pollingInterval").asInt(KEDA_POLLING_INTERVAL),
                spec.path("cooldownPeriod").asInt(KEDA_COOLDOWN_PERIOD),
                spec.path("minReplicaCount").asInt(0),
                spec.path("maxReplicaCount").asInt(KEDA_MAX_REPLICAS),
                Double.parseDouble(trigger.path("value").asText()),
                Double.parseDouble(trigger.path("activationValue").asText("0")),
                rules(behavior.path("scaleUp"), ScalingRules.defaultScaleUp()),
                rules(behavior.path("scaleDown"), ScalingRules.defaultScaleDown()));
    }

    private static JsonNode rabbitmqTrigger(JsonNode spec) {
        for (JsonNode trigger : spec.path("triggers")) {
            if ("rabbitmq".equals(trigger.path("type").asText())) {
                JsonNode metadata = trigger.path("metadata");
                if (!"QueueLength".equals(metadata.path("mode").asText("QueueLength"))) {
                    throw new IllegalArgumentException("the rabbitmq trigger's mode is not QueueLength");
                }
                return metadata;
            }
        }
        throw new IllegalArgumentException("the ScaledObject has no rabbitmq trigger");
    }

    /** A behaviour direction; each field absent falls back to Kubernetes' default for it. */
    private static ScalingRules rules(JsonNode node, ScalingRules defaults) {
        if (node.isMissingNode()) {
            return defaults;
        }
        List<ScalingPolicy> policies = new ArrayList<>();
        for (JsonNode policy : node.path("policies")) {
            policies.add(new ScalingPolicy(ScalingPolicy.Type.valueOf(policy.path("type").asText().toUpperCase(Locale.ROOT)),
                    policy.path("value").asInt(), policy.path("periodSeconds").asInt()));
        }
        return new ScalingRules(
                node.path("stabilizationWindowSeconds").asInt(defaults.stabilizationWindowSeconds()),
                ScalingRules.Select.valueOf(node.path("selectPolicy").asText(defaults.select().name()).toUpperCase(Locale.ROOT)),
                policies.isEmpty() ? defaults.policies() : policies);
    }

    private static List<JsonNode> documents(String yaml) {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                documents.add(it.next());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }
}
