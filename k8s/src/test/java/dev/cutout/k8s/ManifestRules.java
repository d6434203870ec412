package dev.cutout.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutout.contract.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * Cutout's own rules for rendered manifests, beyond the schemas: every container has probes,
 * limits and a locked-down security context; the worker's autoscaler watches the queue the code
 * declares; the worker may drain before it is killed; credentials come only from Secrets.
 * {@link #check} answers the violations, one sentence each (none = the manifests keep the rules).
 */
final class ManifestRules {

    static final String WORKER_COMPONENT = "worker";
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet");
    private static final Set<String> PROBES = Set.of("startupProbe", "readinessProbe", "livenessProbe");
    private static final Pattern CREDENTIAL = Pattern.compile("(?i).*(PASSWORD|PASS|USERNAME|USER|SECRET|TOKEN|COOKIE)$");

    private final List<JsonNode> objects;
    private final long gatewayMaxBodyBytes;
    private final List<String> violations = new ArrayList<>();

    private ManifestRules(List<JsonNode> objects, long gatewayMaxBodyBytes) {
        this.objects = objects;
        this.gatewayMaxBodyBytes = gatewayMaxBodyBytes;
    }

    /** The violations of every rule in one rendered overlay. */
    static List<String> check(List<JsonNode> objects, long gatewayMaxBodyBytes) {
        ManifestRules rules = new ManifestRules(objects, gatewayMaxBodyBytes);
        rules.workloads().forEach(rules::checkWorkload);
        rules.checkWorkerAutoscaling();
        rules.checkRabbitmqNamespace();
        rules.checkIngress();
        return List.copyOf(rules.violations);
    }

    private List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    private List<JsonNode> workloads() {
        return objects.stream().filter(o -> WORKLOADS.contains(o.path("kind").asText())).toList();
    }

    private static String name(JsonNode object) {
        return object.path("kind").asText() + "/" + object.path("metadata").path("name").asText();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private void violation(String sentence) {
        violations.add(sentence);
    }

    private void checkWorkload(JsonNode workload) {
        JsonNode pod = workload.path("spec").path("template").path("spec");
        boolean podNonRoot = pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
        for (JsonNode container : list(pod.path("containers"))) {
            String where = name(workload) + " container " + container.path("name").asText();
            checkContainer(where, container, podNonRoot);
            PROBES.stream().filter(probe -> container.path(probe).isMissingNode())
                    .forEach(probe -> violation(where + " has no " + probe));
            checkHealthPaths(where, workload, container);
            checkCredentials(where, container);
        }
        for (JsonNode init : list(pod.path("initContainers"))) {
            checkContainer(name(workload) + " init container " + init.path("name").asText(), init, podNonRoot);
        }
    }

    private void checkContainer(String where, JsonNode container, boolean podNonRoot) {
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (container.path("resources").path(bound).path(resource).isMissingNode()) {
                    violation(where + " has no " + resource + " in resources." + bound);
                }
            }
        }
        JsonNode security = container.path("securityContext");
        if (!podNonRoot && !security.path("runAsNonRoot").asBoolean(false)) {
            violation(where + " may run as root (runAsNonRoot is not true for it or its pod)");
        }
        if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
            violation(where + " allows privilege escalation");
        }
        if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
            violation(where + " has a writable root filesystem");
        }
        if (list(security.path("capabilities").path("drop")).stream().noneMatch(c -> "ALL".equals(c.asText()))) {
            violation(where + " does not drop ALL capabilities");
        }
    }

    /** The apps' probes ask SmallRye Health: started, ready and live, each for its own probe. */
    private void checkHealthPaths(String where, JsonNode workload, JsonNode container) {
        if (!workload.path("kind").asText().equals("Deployment")) {
            return;
        }
        checkPath(where, container, "startupProbe", "/q/health/started");
        checkPath(where, container, "readinessProbe", "/q/health/ready");
        checkPath(where, container, "livenessProbe", "/q/health/live");
    }

    private void checkPath(String where, JsonNode container, String probe, String path) {
        JsonNode probed = container.path(probe);
        if (!probed.isMissingNode() && !path.equals(probed.path("httpGet").path("path").asText())) {
            violation(where + " " + probe + " does not ask " + path);
        }
    }

    private void checkCredentials(String where, JsonNode container) {
        for (JsonNode variable : list(container.path("env"))) {
            String name = variable.path("name").asText();
            if (CREDENTIAL.matcher(name).matches() && variable.path("valueFrom").path("secretKeyRef").isMissingNode()) {
                violation(where + " sets " + name + " other than from a Secret");
            }
        }
    }

    private void checkWorkerAutoscaling() {
        List<JsonNode> workers = ofKind("Deployment").stream()
                .filter(d -> WORKER_COMPONENT.equals(d.path("metadata").path("labels").path("app.kubernetes.io/component").asText()))
                .toList();
        if (workers.size() != 1) {
            violation("expected one worker Deployment (label app.kubernetes.io/component=worker), found " + workers.size());
            return;
        }
        JsonNode worker = workers.get(0);
        String workerName = worker.path("metadata").path("name").asText();
        checkGracePeriod(worker);
        for (JsonNode scaledObject : ofKind("ScaledObject")) {
            checkScaledObject(scaledObject, workerName);
        }
        boolean autoscaled = !ofKind("ScaledObject").isEmpty() || ofKind("HorizontalPodAutoscaler").stream()
                .anyMatch(h -> workerName.equals(h.path("spec").path("scaleTargetRef").path("name").asText()));
        if (autoscaled && worker.path("spec").has("replicas")) {
            violation(name(worker) + " sets replicas although an autoscaler owns its count (each apply would reset it)");
        }
    }

    private void checkGracePeriod(JsonNode worker) {
        JsonNode pod = worker.path("spec").path("template").path("spec");
        Duration drain = list(pod.path("containers")).stream()
                .flatMap(c -> list(c.path("env")).stream())
                .filter(v -> WorkerSettings.drainTimeoutVariable().equals(v.path("name").asText()))
                .map(v -> Duration.parse(v.path("value").asText()))
                .findFirst().orElseGet(WorkerSettings::defaultDrainTimeout);
        long grace = pod.path("terminationGracePeriodSeconds").asLong(30);
        if (grace <= drain.toSeconds()) {
            violation(name(worker) + " terminationGracePeriodSeconds " + grace + " does not exceed the drain timeout of "
                    + drain.toSeconds() + " s: a job in flight would be killed");
        }
    }

    private void checkScaledObject(JsonNode scaledObject, String workerName) {
        JsonNode spec = scaledObject.path("spec");
        JsonNode target = spec.path("scaleTargetRef");
        if (!workerName.equals(target.path("name").asText()) || !target.path("kind").asText("Deployment").equals("Deployment")) {
            violation(name(scaledObject) + " does not target the worker Deployment " + workerName);
        }
        List<JsonNode> rabbit = list(spec.path("triggers")).stream().filter(t -> "rabbitmq".equals(t.path("type").asText())).toList();
        if (rabbit.isEmpty()) {
            violation(name(scaledObject) + " has no rabbitmq trigger");
        }
        Set<String> authentications = Set.copyOf(ofKind("TriggerAuthentication").stream()
                .map(a -> a.path("metadata").path("name").asText()).toList());
        for (JsonNode trigger : rabbit) {
            String queue = trigger.path("metadata").path("queueName").asText();
            if (!Topology.JOBS_QUEUE.equals(queue)) {
                violation(name(scaledObject) + " watches queue '" + queue + "', but the code declares " + Topology.JOBS_QUEUE);
            }
            if (!trigger.path("metadata").path("host").isMissingNode()) {
                violation(name(scaledObject) + " has the broker's address in its metadata: it belongs in the Secret");
            }
            if (!authentications.contains(trigger.path("authenticationRef").path("name").asText())) {
                violation(name(scaledObject) + " refers to no TriggerAuthentication of this overlay");
            }
        }
    }

    /** The peer discovery's hostname suffix names the namespace the nodes run in. */
    private void checkRabbitmqNamespace() {
        for (JsonNode config : ofKind("ConfigMap")) {
            Matcher suffix = Pattern.compile("hostname_suffix = \\.[^.]+\\.([^.]+)\\.svc").matcher(config.path("data").path("rabbitmq.conf").asText());
            String namespace = config.path("metadata").path("namespace").asText();
            if (suffix.find() && !suffix.group(1).equals(namespace)) {
                violation(name(config) + " names namespace '" + suffix.group(1) + "' in hostname_suffix, but is in '" + namespace + "'");
            }
        }
    }

    /** Uploads as large as the gateway takes pass the ingress, and SSE is neither buffered nor cut. */
    private void checkIngress() {
        for (JsonNode ingress : ofKind("Ingress")) {
            JsonNode annotations = ingress.path("metadata").path("annotations");
            long body = ByteSize.parse(annotations.path("nginx.ingress.kubernetes.io/proxy-body-size").asText("1m")).orElse(0);
            if (body < gatewayMaxBodyBytes) {
                violation(name(ingress) + " proxy-body-size is below the gateway's limit of " + gatewayMaxBodyBytes + " bytes");
            }
            if (!"off".equals(annotations.path("nginx.ingress.kubernetes.io/proxy-buffering").asText())) {
                violation(name(ingress) + " buffers responses: SSE events would arrive late");
            }
            if (annotations.path("nginx.ingress.kubernetes.io/proxy-read-timeout").asLong(60) < 600) {
                violation(name(ingress) + " proxy-read-timeout is under 600 s: SSE streams and synchronous requests would be cut");
            }
        }
    }
}
