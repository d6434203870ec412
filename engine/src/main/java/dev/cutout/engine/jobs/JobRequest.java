package dev.cutout.engine.jobs;

import dev.cutout.contract.JobOptions;

/** One job as a transport hands it to the worker: its id, what the client asked for and the image bytes. */
public record JobRequest(String jobId, JobOptions options, byte[] image) {

    public JobRequest {
        if (jobId == null || jobId.isBlank() || options == null || image == null) {
            throw new IllegalArgumentException("a job needs an id, options and image bytes");
        }
    }
}
