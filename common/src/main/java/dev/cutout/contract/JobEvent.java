package dev.cutout.contract;

import java.time.Instant;
import java.util.Optional;

/**
 * A job's state at one moment: published at every stage boundary, kept as the latest message of
 * the job's own queue and fanned out to every gateway replica (see {@link Topology}).
 */
public record JobEvent(int version, String jobId, JobStatus status, int progress, Optional<JobFailure> failure,
                       Instant at) {

    /** Version of this record's JSON form; bumped on incompatible change. */
    public static final int VERSION = 1;

    public JobEvent {
        if (jobId == null || status == null || failure == null || at == null) {
            throw new IllegalArgumentException("jobId, status, failure and at are required");
        }
        if ((status == JobStatus.FAILED) != failure.isPresent()) {
            throw new IllegalArgumentException("a failure is present exactly when the status is FAILED");
        }
    }

    public static JobEvent of(String jobId, JobStatus status) {
        return new JobEvent(VERSION, jobId, status, status.progress(), Optional.empty(), Instant.now());
    }

    public static JobEvent failed(String jobId, ErrorCode code, String message) {
        return new JobEvent(VERSION, jobId, JobStatus.FAILED, JobStatus.FAILED.progress(),
                Optional.of(new JobFailure(code, message)), Instant.now());
    }
}
