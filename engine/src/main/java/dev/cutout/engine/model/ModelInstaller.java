package dev.cutout.engine.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Installs a model into the model directory ({@code ./cutout models add}): reads its descriptor, checks the file
 * against it (SHA-256, then the graph's input name and shape and the output) and only then copies the file and
 * the descriptor in, each under a temporary name first, so that a refusal or a failure leaves nothing behind.
 * Every refusal is one sentence ({@link ModelUnavailableException} or {@link InvalidDescriptorException}).
 */
public final class ModelInstaller {

    private final Path modelDir;

    public ModelInstaller(Path modelDir) {
        this.modelDir = modelDir.toAbsolutePath();
    }

    /** What was installed, and where. */
    public record Installed(ModelDescriptor descriptor, Path file, Path descriptorFile, String sha256) {}

    /** Checks {@code onnx} against the descriptor at {@code descriptorFile} and installs both. */
    public Installed install(Path onnx, Path descriptorFile) {
        if (!Files.isRegularFile(onnx)) {
            throw new ModelUnavailableException("No such model file: " + onnx);
        }
        if (!Files.isRegularFile(descriptorFile)) {
            throw new InvalidDescriptorException("No such descriptor file: " + descriptorFile);
        }
        ModelDescriptor descriptor = DescriptorReader.read(descriptorFile);
        String name = descriptor.name();
        ModelCatalogue catalogue = ModelCatalogue.of(modelDir);
        if (catalogue.find(name).isPresent()) {
            throw new InvalidDescriptorException("A model named '" + name + "' is already in the catalogue"
                    + (BuiltInDescriptors.find(name).isPresent() ? " (built in)" : " (installed in " + modelDir + ")")
                    + ": give the descriptor another 'name'");
        }
        String actual = sha256(onnx);
        String expected = descriptor.sha256().orElseThrow(() -> new InvalidDescriptorException(descriptorFile
                + " has no 'sha256': " + onnx.getFileName() + " has SHA-256 " + actual
                + "; put it in the descriptor as \"sha256\" if this is the file you mean, then add it again"));
        if (!actual.equals(expected)) {
            throw new ModelUnavailableException(onnx + " has SHA-256 " + actual + " but " + descriptorFile.getFileName()
                    + " expects " + expected + ": not the file the descriptor describes");
        }
        ModelFiles.checkGraph(descriptor, onnx);
        Path target = modelDir.resolve(descriptor.file());
        Path targetDescriptor = modelDir.resolve(name + ModelCatalogue.DESCRIPTOR_SUFFIX);
        boolean fileWasThere = Files.exists(target);
        if (fileWasThere && !sha256(target).equals(expected)) {
            throw new ModelUnavailableException(target + " already exists and is another file: "
                    + "the descriptor's 'file' must name a file that is not in the model directory yet");
        }
        try {
            Files.createDirectories(modelDir);
            if (!fileWasThere) {
                copyInto(onnx, target);
            }
            try {
                copyInto(descriptorFile, targetDescriptor);
            } catch (IOException | RuntimeException e) {
                if (!fileWasThere) {
                    Files.deleteIfExists(target);
                }
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install " + name + " into " + modelDir, e);
        }
        return new Installed(descriptor, target, targetDescriptor, actual);
    }

    /** Copied beside the target under a hidden name, then renamed: the target is either absent or complete. */
    private static void copyInto(Path source, Path target) throws IOException {
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static String sha256(Path file) {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
