package dev.cutout.engine.jobs;

import dev.cutout.contract.JobEvent;
import dev.cutout.contract.OutputFormat;
import dev.cutout.engine.pipeline.StageTimings;

/** How a job ended: its final event, plus the PNG when it is DONE. */
public sealed interface JobOutcome {

    JobEvent event();

    /**
     * The result image (a PNG unless {@code format} says otherwise), with the oriented size of the input or
     * the layout's, and what each stage took.
     */
    record Done(JobEvent event, byte[] png, int width, int height, StageTimings timings, OutputFormat format)
            implements JobOutcome {

        /** A PNG result. */
        public Done(JobEvent event, byte[] png, int width, int height, StageTimings timings) {
            this(event, png, width, height, timings, OutputFormat.PNG);
        }
    }

    /** A typed, visible failure (bad input, bad options); retrying would not help. */
    record Failed(JobEvent event) implements JobOutcome {
    }
}
