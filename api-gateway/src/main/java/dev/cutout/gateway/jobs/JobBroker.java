package dev.cutout.gateway.jobs;

import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobInput;
import dev.cutout.contract.JobOptions;
import dev.cutout.image.ImageHeader;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where jobs go and where their state lives. The gateway keeps no job state of its own: every
 * replica answers for every job through this interface ({@link RabbitJobBroker}; the one-process
 * app of {@code ./cutout run}, module standalone, puts its in-process broker in its place).
 */
public interface JobBroker {

    /**
     * Queues a validated input (a photo, or a photo with its refinement); returns the new job's id once
     * the job is safely accepted. {@code header} is the photo's.
     */
    String submit(JobOptions options, JobInput input, ImageHeader header);

    JobState state(String jobId);

    /** {@link JobState.Ready} with the PNG for a DONE job, else the same answer as {@link #state}. */
    JobState result(String jobId);

    /**
     * Forgets the job: status and result go at once, and a worker skips it if not started.
     *
     * @return the state before deleting ({@link JobState.Unknown} or {@link JobState.Expired}: nothing was deleted)
     */
    JobState delete(String jobId);

    /**
     * Calls {@code listener} with every later event of this job seen by this replica, until closed.
     * Events may arrive on any thread.
     */
    AutoCloseable subscribe(String jobId, Consumer<JobEvent> listener);

    /**
     * Keeps a batch's record (written once, read by any replica; {@code dev.cutout.gateway.batches} owns its
     * format) for the retention, like a job's state. {@code batchId} comes from {@link JobIds}.
     */
    void keepBatch(String batchId, byte[] record);

    /** The batch's record; empty when unknown or past the retention ({@link JobRetention#gone} tells which). */
    Optional<byte[]> batch(String batchId);

    /** Ready to take jobs (readiness probe): the broker connection is open. */
    default boolean ready() {
        return true;
    }

    /** Messages waiting for a worker, when the implementation can tell. */
    default Optional<Long> queueDepth() {
        return Optional.empty();
    }
}
