package dev.cutout.engine.jobs;

import dev.cutout.contract.JobInput;
import dev.cutout.contract.JobOptions;

/**
 * One job as a transport hands it to the worker: its id, what the client asked for and its input (the
 * image bytes, and for a refine job the earlier result and the hints).
 */
public record JobRequest(String jobId, JobOptions options, JobInput input) {

    public JobRequest {
        if (jobId == null || jobId.isBlank() || options == null || input == null) {
            throw new IllegalArgumentException("a job needs an id, options and an input");
        }
    }

    /** A plain job: cut out {@code image}. */
    public JobRequest(String jobId, JobOptions options, byte[] image) {
        this(jobId, options, JobInput.photo(image));
    }
}
