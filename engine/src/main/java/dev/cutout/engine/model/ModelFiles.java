package dev.cutout.engine.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a described model in the model directory and refuses it, with one sentence, unless its SHA-256 is the
 * descriptor's and its graph has the input and output the descriptor names.
 */
public final class ModelFiles {

    private static final String FIX = "run deploy/fetch-models.sh (or ./cutout test / ./cutout run, which do it)";

    private final Path modelDir;

    public ModelFiles(Path modelDir) {
        this.modelDir = modelDir.toAbsolutePath();
    }

    public Path modelDir() {
        return modelDir;
    }

    /** {@link #verifiedOriginal(ModelDescriptor)} for a built-in ISNet variant. */
    public Path verifiedOriginal(ModelVariant variant) {
        return verifiedOriginal(variant.descriptor());
    }

    /**
     * Returns the original model file after checking its hash and its graph against the descriptor; throws
     * at once rather than letting ONNX Runtime fail later on a truncated or foreign file, or a job on a
     * descriptor that does not fit.
     */
    public Path verifiedOriginal(ModelDescriptor descriptor) {
        String name = descriptor.name();
        checkSupported(descriptor);
        String expected = descriptor.sha256().orElseThrow(() -> new ModelUnavailableException("Model '" + name
                + "' has no sha256 in its descriptor (not run here): add the file's SHA-256 to the descriptor"));
        Path file = modelDir.resolve(descriptor.file());
        if (!Files.isRegularFile(file)) {
            throw new ModelUnavailableException(
                    "Model '" + name + "' not found in " + modelDir + ": " + FIX);
        }
        String actual;
        try {
            actual = HashStamp.sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (!actual.equals(expected)) {
            throw new ModelUnavailableException("Model '" + name + "' in " + modelDir
                    + " has SHA-256 " + actual + ", expected " + expected + ": " + FIX);
        }
        checkGraph(descriptor, file);
        return file;
    }

    /**
     * Refuses, in one sentence, a descriptor the pipeline cannot run or whose input name, input shape or output
     * name does not match the graph in {@code file} (read without its weights).
     */
    static void checkGraph(ModelDescriptor descriptor, Path file) {
        checkSupported(descriptor);
        OnnxGraph graph;
        try {
            graph = OnnxGraph.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (IllegalArgumentException e) {
            throw new ModelUnavailableException(descriptor.file() + ": not a readable ONNX model (" + e.getMessage() + ")", e);
        }
        GraphCheck.check(descriptor, graph);
    }

    private static void checkSupported(ModelDescriptor descriptor) {
        if (descriptor.input().resize() != ModelDescriptor.ResizeMode.STRETCH) {
            throw new ModelUnavailableException("Model '" + descriptor.name() + "': resize mode "
                    + descriptor.input().resize().name().toLowerCase(java.util.Locale.ROOT)
                    + " is not supported by the pipeline yet, only stretch");
        }
    }
}
