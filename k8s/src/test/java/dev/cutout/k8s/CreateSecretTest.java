package dev.cutout.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** k8s/create-secret.sh makes the one Secret every overlay reads, with every key they read. */
class CreateSecretTest {

    private static final String SECRET = "cutout-rabbitmq";

    private static String dryRun(String... options) {
        List<String> command = new ArrayList<>(List.of(Overlay.k8sDir().resolve("create-secret.sh").toString(), "--dry-run"));
        command.addAll(List.of(options));
        return Commands.run(command, "").requireSuccess("create-secret.sh --dry-run");
    }

    /** Every key of the Secret that a pod, a volume or KEDA reads. */
    private static Set<String> keysRead(List<JsonNode> objects) {
        Set<String> keys = new HashSet<>();
        for (JsonNode object : objects) {
            object.findParents("secretKeyRef").forEach(p -> {
                if (SECRET.equals(p.path("secretKeyRef").path("name").asText())) {
                    keys.add(p.path("secretKeyRef").path("key").asText());
                }
            });
            object.findParents("secretName").forEach(p -> p.path("items").forEach(i -> keys.add(i.path("key").asText())));
            object.path("spec").path("secretTargetRef").forEach(r -> keys.add(r.path("key").asText()));
        }
        return keys;
    }

    @Test
    void holdsEveryKeyThatAnyOverlayReads() {
        JsonNode secret = Overlay.parse(dryRun()).get(0);
        Set<String> keys = new HashSet<>();
        secret.path("data").fieldNames().forEachRemaining(keys::add);

        for (Overlay overlay : Overlay.values()) {
            assertThat(keys).as("keys of the Secret vs overlays/%s", overlay).containsAll(keysRead(overlay.objects()));
        }
        assertThat(SchemaValidator.validate(dryRun()).exitCode()).isZero();
    }

    @Test
    void putsTheSameCredentialsIntoKedasConnectionString() {
        JsonNode data = Overlay.parse(dryRun("--password", "s3cret-Pass")).get(0).path("data");

        assertThat(decode(data, "amqp-uri")).isEqualTo("amqp://" + decode(data, "username") + ":s3cret-Pass@cutout-rabbitmq.cutout.svc:5672/%2f");
    }

    @Test
    void refusesAPasswordThatWouldBreakTheUri() {
        Commands.Result result = Commands.run(List.of(Overlay.k8sDir().resolve("create-secret.sh").toString(), "--dry-run", "--password", "a@b"), "");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("must be URL-safe");
    }

    private static String decode(JsonNode data, String key) {
        return new String(Base64.getDecoder().decode(data.path(key).asText()), StandardCharsets.UTF_8);
    }
}
