package dev.cutout.gateway.jobs;

/** Fired once a job was deleted through this gateway: a worker skips it without an event, so it ends here. */
public record JobDeleted(String jobId) {
}
