package dev.cutout.cli.batch;

import dev.cutout.contract.ErrorCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one run did: photos made, failed (grouped by error code), skipped as already done, and left unfinished
 * because the run was stopped; with its wall time and rate.
 *
 * @param failures per code, the photos ({@code input: message}) that failed with it
 * @param abandoned photos submitted but not finished when the run stopped (no manifest line: the next run makes them)
 */
public record BatchSummary(int done, SortedMap<ErrorCode, List<String>> failures, int skipped, int abandoned,
                           boolean interrupted, Duration elapsed) {

    public BatchSummary {
        SortedMap<ErrorCode, List<String>> copy = new TreeMap<>();
        failures.forEach((code, photos) -> copy.put(code, List.copyOf(photos)));
        failures = copy;
    }

    public int failed() {
        return failures.values().stream().mapToInt(List::size).sum();
    }

    /** Photos that ran through a target (done or failed) per minute of this run's wall time. */
    public double imagesPerMinute() {
        double minutes = elapsed.toMillis() / 60_000.0;
        return minutes <= 0 ? 0 : (done + failed()) / minutes;
    }

    /** The exit code: 130 when stopped by a signal, 1 when any photo failed, else 0. */
    public int exitCode() {
        return interrupted ? BatchCommand.EXIT_INTERRUPTED : failed() > 0 ? BatchCommand.EXIT_SOME_FAILED : BatchCommand.EXIT_OK;
    }

    /** The lines printed at the end; failures listed per code (at most a few photos each, then a count). */
    public List<String> lines(int examplesPerCode) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%d done, %d failed, %d skipped (already done)%s in %.1f s (%.1f images/min)",
                done, failed(), skipped, interrupted ? "; stopped, " + abandoned + " left unfinished" : "",
                elapsed.toMillis() / 1000.0, imagesPerMinute()));
        for (Map.Entry<ErrorCode, List<String>> failure : failures.entrySet()) {
            List<String> photos = failure.getValue();
            lines.add("failed " + failure.getKey() + " (" + photos.size() + "):");
            photos.stream().limit(examplesPerCode).forEach(photo -> lines.add("  " + photo));
            if (photos.size() > examplesPerCode) {
                lines.add("  … and " + (photos.size() - examplesPerCode) + " more (see the manifest)");
            }
        }
        return lines;
    }
}
