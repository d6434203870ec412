package dev.cutout.cli.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a photo must be made again, from what the manifest recorded: skipped only when it was done from the
 * same bytes with the same options and its result is still there, unchanged. Failed photos are retried.
 */
public final class ResumeDecision {

    /** Why a photo is (not) made again, for the summary and the tests. */
    public enum Verdict {
        SKIP_DONE, NEW, RETRY_FAILED, PHOTO_CHANGED, OPTIONS_CHANGED, OUTPUT_MISSING, OUTPUT_CHANGED;

        public boolean skip() {
            return this == SKIP_DONE;
        }
    }

    private ResumeDecision() {
    }

    /**
     * @param inputSha256 the photo's hash now
     * @param options     this run's {@link OptionsFingerprint}
     * @param target      where its result goes in this run
     */
    public static Verdict of(Optional<ManifestEntry> recorded, String inputSha256, String options, Path target)
            throws IOException {
        if (recorded.isEmpty()) {
            return Verdict.NEW;
        }
        ManifestEntry entry = recorded.get();
        if (entry.status() != ManifestEntry.Status.DONE) {
            return Verdict.RETRY_FAILED;
        }
        if (!entry.inputSha256().equals(inputSha256)) {
            return Verdict.PHOTO_CHANGED;
        }
        if (!entry.options().equals(options)) {
            return Verdict.OPTIONS_CHANGED;
        }
        if (!Files.isRegularFile(target)) {
            return Verdict.OUTPUT_MISSING;
        }
        if (!entry.outputSha256().orElseThrow().equals(Sha256.hex(Files.readAllBytes(target)))) {
            return Verdict.OUTPUT_CHANGED;
        }
        return Verdict.SKIP_DONE;
    }
}
