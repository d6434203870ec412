package dev.cutout.cli.batch;

import dev.cutout.contract.JobOptions;
import java.io.IOException;

/**
 * One way of turning a photo into its result; called from several threads at once. A photo the service
 * refuses is a {@link JobOutcome.Failed}; a transport fault is an exception (the photo is recorded as failed
 * INTERNAL and retried by the next run).
 */
public interface JobTarget extends AutoCloseable {

    /** How many jobs in flight keep this target busy, when the user did not say. */
    int defaultJobs() throws IOException;

    /** Blocks until the photo's job ended; {@code options} carry the photo's file name. */
    JobOutcome process(byte[] photo, JobOptions options) throws IOException, InterruptedException;

    @Override
    void close() throws IOException;
}
