package dev.cutout.cli.batch;

import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * One photo through a target to its manifest entry: read and hash it, run the job, write the result next to
 * its final name and move it there in one step (a killed run never leaves half a PNG under the real name).
 * A photo that cannot be read or whose result cannot be written is a failed entry, INTERNAL; a transport fault
 * too, so that the next run retries it.
 */
final class PhotoJob {

    private final JobTarget target;
    private final JobOptions options;
    private final String fingerprint;

    PhotoJob(JobTarget target, JobOptions options) {
        this.target = target;
        this.options = options;
        this.fingerprint = OptionsFingerprint.of(options);
    }

    /** @throws InterruptedException when abandoned: no entry, the next run makes the photo */
    ManifestEntry make(BatchPlan.Photo photo) throws InterruptedException {
        long start = System.nanoTime();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(photo.source());
        } catch (IOException e) {
            return failed(photo, 0, "", ErrorCode.INTERNAL, "cannot read the photo: " + e, start, start);
        }
        String sha = Sha256.hex(bytes);
        long submitted = System.nanoTime();
        JobOutcome outcome;
        try {
            outcome = target.process(bytes, named(photo.source().getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            outcome = new JobOutcome.Failed(ErrorCode.INTERNAL, "no outcome from the target: " + BatchCommand.describe(e));
        }
        long ended = System.nanoTime();
        if (outcome instanceof JobOutcome.Failed failed) {
            return failed(photo, bytes.length, sha, failed.code(), failed.message(), start, submitted);
        }
        byte[] png = ((JobOutcome.Done) outcome).png();
        try {
            write(photo.target(), png);
        } catch (IOException e) {
            return failed(photo, bytes.length, sha, ErrorCode.INTERNAL, "cannot write the result: " + e, start, submitted);
        }
        return new ManifestEntry(photo.input(), photo.output(), bytes.length, sha, Optional.of(Sha256.hex(png)),
                fingerprint, ManifestEntry.Status.DONE, Optional.empty(),
                new ManifestEntry.Timings(millis(ended - submitted), millis(System.nanoTime() - start)), Instant.now());
    }

    private ManifestEntry failed(BatchPlan.Photo photo, long size, String sha, ErrorCode code, String message,
                                 long start, long submitted) {
        long now = System.nanoTime();
        return new ManifestEntry(photo.input(), photo.output(), size, sha, Optional.empty(), fingerprint,
                ManifestEntry.Status.FAILED, Optional.of(new ManifestEntry.Failure(code, message)),
                new ManifestEntry.Timings(millis(now - submitted), millis(now - start)), Instant.now());
    }

    private JobOptions named(String fileName) {
        return new JobOptions(options.model(), options.output(), options.background(), options.decontaminate(),
                options.quality(), options.matting(), Optional.of(fileName));
    }

    private static void write(Path target, byte[] png) throws IOException {
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        Files.write(part, png);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
