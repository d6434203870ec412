package dev.cutout.engine.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a provisioned model in the model directory and refuses it unless its SHA-256 is the expected one. */
public final class ModelFiles {

    private static final String FIX = "run deploy/fetch-models.sh (or ./cutout test / ./cutout run, which do it)";

    private final Path modelDir;

    public ModelFiles(Path modelDir) {
        this.modelDir = modelDir.toAbsolutePath();
    }

    public Path modelDir() {
        return modelDir;
    }

    /**
     * Returns the original model file after checking its hash; throws at once rather than letting
     * ONNX Runtime fail later on a truncated or foreign file.
     */
    public Path verifiedOriginal(ModelVariant variant) {
        Path file = modelDir.resolve(variant.fileName());
        if (!Files.isRegularFile(file)) {
            throw new ModelUnavailableException(
                    "Model '" + variant.id() + "' not found in " + modelDir + ": " + FIX);
        }
        String actual;
        try {
            actual = HashStamp.sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (!actual.equals(variant.sha256())) {
            throw new ModelUnavailableException("Model '" + variant.id() + "' in " + modelDir
                    + " has SHA-256 " + actual + ", expected " + variant.sha256() + ": " + FIX);
        }
        return file;
    }
}
