package dev.cutout.engine.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The descriptors shipped inside the engine (resources {@code descriptors/<name>.json} beside this class):
 * the two ISNet builds and U²-Net-p, which run here, and the public models described from their published
 * preprocessing but not run here.
 */
public final class BuiltInDescriptors {

    /** Every built-in descriptor's name, in the order {@link #all()} lists them. */
    static final List<String> NAMES = List.of("small", "medium", "u2netp", "u2net", "birefnet-general",
            "birefnet-general-lite", "birefnet-hr", "rmbg-1.4");

    private static final Map<String, ModelDescriptor> ALL = load();

    private BuiltInDescriptors() {}

    /** The built-in descriptor of that name, if there is one. */
    public static Optional<ModelDescriptor> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /** The built-in descriptor of that name; throws for a name that is not built in. */
    public static ModelDescriptor get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "no built-in model descriptor '" + name + "' (built in: " + NAMES + ")"));
    }

    /** Every built-in descriptor, those run here first. */
    public static List<ModelDescriptor> all() {
        return List.copyOf(ALL.values());
    }

    private static Map<String, ModelDescriptor> load() {
        Map<String, ModelDescriptor> all = new LinkedHashMap<>();
        for (String name : NAMES) {
            String resource = "descriptors/" + name + ".json";
            try (InputStream in = BuiltInDescriptors.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in model descriptor " + resource + " is missing from the engine");
                }
                ModelDescriptor descriptor = DescriptorReader.read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (!descriptor.name().equals(name)) {
                    throw new IllegalStateException(resource + " names itself '" + descriptor.name() + "'");
                }
                all.put(name, descriptor);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read built-in model descriptor " + resource, e);
            }
        }
        return all;
    }
}
