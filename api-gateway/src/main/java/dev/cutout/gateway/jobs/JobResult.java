package dev.cutout.gateway.jobs;

import dev.cutout.contract.JobEvent;
import dev.cutout.contract.OutputFormat;
import java.util.Optional;

/**
 * A finished job's image ({@code png}: a PNG unless {@code format} says otherwise), its DONE event and the
 * client's file name (when the job carried one).
 */
public record JobResult(JobEvent event, byte[] png, Optional<String> fileName, OutputFormat format) {

    /** A PNG result. */
    public JobResult(JobEvent event, byte[] png, Optional<String> fileName) {
        this(event, png, fileName, OutputFormat.PNG);
    }
}
