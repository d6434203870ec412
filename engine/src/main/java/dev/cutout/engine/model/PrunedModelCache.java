package dev.cutout.engine.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;

/**
 * Keeps {@code <model>.output-only.onnx} (graph output: only the descriptor's matte output) next to the verified original, deriving it with
 * {@link OutputPruner} and {@link HalfPrecisionWidener} (float16 weights widened to float32, which ONNX
 * Runtime's CPU provider runs without a cast around every operator) when it is missing or does not match
 * its sidecar.
 *
 * <p>The sidecar {@code <model>.output-only.onnx.sha256} holds the derived file's SHA-256, the
 * original's and how it was derived. Checking it costs one hash of the pruned file (as much as verifying the original; none while
 * the file is unchanged since its last hash, see {@link HashStamp}), but avoids rewriting 90 MB on every
 * start and lets a read-only cache hold a ready pruned file.
 */
public final class PrunedModelCache {

    /**
     * What the derived file holds beyond the original's graph, recorded in the sidecar: a cache derived
     * another way (an older release kept float16) is derived again.
     */
    private static final String PREPARATION = "float32";

    private PrunedModelCache() {}

    /** Returns the output-only model for a descriptor whose original has already been verified. */
    public static Path outputOnly(Path verifiedOriginal, ModelDescriptor descriptor) {
        Path dir = verifiedOriginal.getParent();
        Path pruned = dir.resolve(descriptor.outputOnlyFileName());
        Path sidecar = dir.resolve(descriptor.outputOnlyFileName() + ".sha256");
        String originalSha = descriptor.sha256().orElseThrow(
                () -> new IllegalArgumentException(descriptor.name() + " has no sha256, so it was never verified"));
        try {
            if (!isCurrent(pruned, sidecar, originalSha, descriptor.output().name())) {
                derive(verifiedOriginal, pruned, sidecar, originalSha, descriptor.output().name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + pruned, e);
        }
        return pruned;
    }

    // The sidecar keys the derived file by the original's hash, whose descriptor fixes the output name; its
    // format is the one earlier releases wrote, so they and this one share a model directory without re-deriving.
    // The pruned graph's one output is read back too (a few small reads), so a descriptor naming another output
    // of the same original is not served a file pruned for the old one.
    private static boolean isCurrent(Path pruned, Path sidecar, String originalSha, String output) throws IOException {
        if (!Files.isRegularFile(pruned) || !Files.isRegularFile(sidecar)) {
            return false;
        }
        String[] recorded = Files.readString(sidecar, StandardCharsets.US_ASCII).trim().split("\\s+");
        return recorded.length == 4
                && recorded[2].equals(originalSha)
                && recorded[3].equals(PREPARATION)
                && recorded[0].equals(HashStamp.sha256(pruned))
                && OnnxGraph.read(pruned).outputNames().equals(List.of(output));
    }

    private static void derive(Path original, Path pruned, Path sidecar, String originalSha, String output)
            throws IOException {
        byte[] bytes = HalfPrecisionWidener.toFloat32(OutputPruner.keepOnlyOutput(Files.readAllBytes(original), output));
        // The pruned file first, then the sidecar: a crash in between leaves a stale sidecar, so the next start re-derives.
        writeAtomically(pruned, bytes, original);
        String line = Sha256.of(bytes) + "  from " + originalSha + "  " + PREPARATION + "\n";
        writeAtomically(sidecar, line.getBytes(StandardCharsets.US_ASCII), original);
    }

    private static void writeAtomically(Path target, byte[] bytes, Path permissionsOf) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
        try {
            Files.write(tmp, bytes);
            // Temp files are owner-only; the derived file should be as readable as the provisioned one.
            if (Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(permissionsOf));
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
