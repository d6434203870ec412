package dev.cutout.gateway.jobs;

import dev.cutout.contract.JobEvent;
import java.util.Optional;

/** A finished job's PNG, its DONE event and the client's file name (when the job carried one). */
public record JobResult(JobEvent event, byte[] png, Optional<String> fileName) {
}
