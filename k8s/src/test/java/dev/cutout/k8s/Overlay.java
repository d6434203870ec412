package dev.cutout.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One of k8s/overlays, rendered by {@code kubectl kustomize} as the user's {@code kubectl apply -k} would. */
enum Overlay {
    CPU("cpu"), GPU("gpu"), NO_KEDA("no-keda"), DEV("dev"), SCALE_TO_ZERO("scale-to-zero");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Rendered once per overlay: the files do not change during a test run, and kubectl takes ~0.3 s. */
    private static final Map<Overlay, String> RENDERED = new ConcurrentHashMap<>();

    final String directory;

    Overlay(String directory) {
        this.directory = directory;
    }

    static Path k8sDir() {
        return Path.of(System.getProperty("cutout.k8s.dir", "."));
    }

    /** The rendered multi-document YAML. */
    String render() {
        return RENDERED.computeIfAbsent(this, overlay -> Commands.run(
                List.of("kubectl", "kustomize", k8sDir().resolve("overlays").resolve(directory).toString()), "")
                .requireSuccess("kubectl kustomize overlays/" + directory));
    }

    /** The rendered objects, in order, parsed anew on each call (tests break their own copy). */
    List<JsonNode> objects() {
        return parse(render());
    }

    static List<JsonNode> parse(String yaml) {
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode object = documents.next();
                if (object != null && !object.isNull() && !object.isMissingNode()) {
                    objects.add(object);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return objects;
    }

    static String toYaml(List<JsonNode> objects) {
        StringBuilder out = new StringBuilder();
        try {
            for (JsonNode object : objects) {
                out.append(YAML.writeValueAsString(object));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return directory;
    }
}
