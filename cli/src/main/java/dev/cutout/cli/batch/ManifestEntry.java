package dev.cutout.cli.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cutout.contract.ErrorCode;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of {@code cutout-manifest.jsonl}: what became of one photo.
 *
 * @param input        the photo's path relative to the input folder ({@code /} separators)
 * @param output       its result's path relative to the output folder
 * @param bytes        the photo's size in bytes
 * @param inputSha256  hex SHA-256 of the photo
 * @param outputSha256 hex SHA-256 of the result file; empty when failed
 * @param options      {@link OptionsFingerprint} of the job options
 * @param error        why it failed; empty when done
 */
public record ManifestEntry(String input, String output, long bytes, String inputSha256,
                            Optional<String> outputSha256, String options, Status status, Optional<Failure> error,
                            Timings timings, Instant finishedAt) {

    /** How a photo ended. */
    public enum Status {
        @JsonProperty("done") DONE,
        @JsonProperty("failed") FAILED
    }

    /** The job's error code and its sentence for a person. */
    public record Failure(ErrorCode code, String message) {
    }

    /**
     * Wall times in milliseconds.
     *
     * @param jobMs   from submitting the job to its result (or failure) arriving: queue + processing
     * @param totalMs from reading the photo to the manifest line (hashes, transfer and writing included)
     */
    public record Timings(long jobMs, long totalMs) {
    }

    public ManifestEntry {
        if (input == null || output == null || inputSha256 == null || outputSha256 == null || options == null
                || status == null || error == null || timings == null || finishedAt == null) {
            throw new IllegalArgumentException("a manifest entry has every field (Optional.empty() for none)");
        }
        if ((status == Status.FAILED) != error.isPresent() || (status == Status.DONE) != outputSha256.isPresent()) {
            throw new IllegalArgumentException("a done entry has an output hash and no error, a failed one an error");
        }
    }
}
