package dev.cutout.engine.model;

/** The two ISNet builds we ship, identified by the SHA-256 of the file deploy/fetch-models.sh rebuilds. */
public enum ModelVariant {
    /** uint8-quantised weights: about half the time of MEDIUM, slightly softer edges. */
    SMALL("small", "7001d60734fdc112dd9c062635fb59cd401fb82a9d4213134bce4dbd655c803a"),
    /** fp16 weights: the quality default. */
    MEDIUM("medium", "b6e8497ba978a6f5fbb647e419d2696cd80df5a23cb6a8ea532021911bd76acb");

    /** Side of the square grid both builds were trained and exported for. */
    public static final int GRID_SIZE = 1024;

    private final String id;
    private final String sha256;

    ModelVariant(String id, String sha256) {
        this.id = id;
        this.sha256 = sha256;
    }

    /** The lower-case name used in configuration, file names and messages. */
    public String id() {
        return id;
    }

    /** Hex SHA-256 of the original file. */
    public String sha256() {
        return sha256;
    }

    /** The original file as provisioned, e.g. {@code medium.onnx}. */
    public String fileName() {
        return id + ".onnx";
    }

    /** The copy whose graph declares only the alpha output, derived by {@link OutputPruner}. */
    public String outputOnlyFileName() {
        return id + ".output-only.onnx";
    }
}
