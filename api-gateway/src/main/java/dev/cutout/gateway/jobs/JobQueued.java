package dev.cutout.gateway.jobs;

/** Fired (synchronously, on the request's thread) once a job is safely queued; the per-client limits count it. */
public record JobQueued(String jobId) {
}
