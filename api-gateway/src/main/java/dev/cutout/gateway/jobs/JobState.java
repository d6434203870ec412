package dev.cutout.gateway.jobs;

import dev.cutout.contract.JobEvent;

/** What the broker knows about a job id: its latest event (and result), or why there is none. */
public sealed interface JobState {

    /** The job exists; {@code event} is its latest state. */
    record Known(JobEvent event) implements JobState {
    }

    /** The job is DONE and its PNG was read (only returned by {@link JobBroker#result}). */
    record Ready(JobResult result) implements JobState {
    }

    /** Never issued here, deleted, or not an id of ours. */
    record Unknown(String jobId) implements JobState {
    }

    /** Issued, but older than the retention: its status and result are gone. */
    record Expired(String jobId) implements JobState {
    }
}
