package dev.cutout.engine.model;

/**
 * The two ISNet builds a job may name (the job contract knows only these; configuration and the command line
 * take any {@link ModelCatalogue} name): each is a lookup of its built-in {@link ModelDescriptor}, which holds the
 * file, hash and preprocessing.
 */
public enum ModelVariant {
    /** uint8-quantised weights: about half the time of MEDIUM, slightly softer edges. */
    SMALL("small"),
    /** fp16 weights: the quality default. */
    MEDIUM("medium");

    private final String id;

    ModelVariant(String id) {
        this.id = id;
    }

    /** The lower-case name used in configuration, file names and messages. */
    public String id() {
        return id;
    }

    /** The built-in descriptor of this build. */
    public ModelDescriptor descriptor() {
        return BuiltInDescriptors.get(id);
    }

    /** Hex SHA-256 of the original file. */
    public String sha256() {
        return descriptor().sha256().orElseThrow();
    }

    /** The original file as provisioned, e.g. {@code medium.onnx}. */
    public String fileName() {
        return descriptor().file();
    }
}
