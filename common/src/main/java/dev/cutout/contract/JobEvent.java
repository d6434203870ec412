package dev.cutout.contract;

import java.time.Instant;
import java.util.Optional;

/**
 * A job's state at one moment: published at every stage boundary, kept as the latest message of
 * the job's own queue and fanned out to every gateway replica (see {@link Topology}).
 *
 * @param quality how sure the worker is of the cut-out; only a DONE event carries it, and a DONE
 *                event from a worker older than the report has none
 */
public record JobEvent(int version, String jobId, JobStatus status, int progress, Optional<JobFailure> failure,
                       Instant at, Optional<QualityReport> quality) {

    /**
     * Version of this record's JSON form; bumped on incompatible change. Adding {@code quality} was
     * compatible: readers ignore fields they do not know, and an event without it reads as none.
     */
    public static final int VERSION = 1;

    public JobEvent {
        if (jobId == null || status == null || failure == null || at == null) {
            throw new IllegalArgumentException("jobId, status, failure and at are required");
        }
        // Absent from events written before the field existed.
        quality = quality == null ? Optional.empty() : quality;
        if ((status == JobStatus.FAILED) != failure.isPresent()) {
            throw new IllegalArgumentException("a failure is present exactly when the status is FAILED");
        }
        if (quality.isPresent() && status != JobStatus.DONE) {
            throw new IllegalArgumentException("only a DONE event carries a quality report");
        }
    }

    public static JobEvent of(String jobId, JobStatus status) {
        return new JobEvent(VERSION, jobId, status, status.progress(), Optional.empty(), Instant.now(), Optional.empty());
    }

    public static JobEvent done(String jobId, QualityReport quality) {
        return new JobEvent(VERSION, jobId, JobStatus.DONE, JobStatus.DONE.progress(), Optional.empty(), Instant.now(),
                Optional.of(quality));
    }

    public static JobEvent failed(String jobId, ErrorCode code, String message) {
        return new JobEvent(VERSION, jobId, JobStatus.FAILED, JobStatus.FAILED.progress(),
                Optional.of(new JobFailure(code, message)), Instant.now(), Optional.empty());
    }
}
