package dev.cutout.engine.jobs;

import dev.cutout.contract.JobEvent;
import dev.cutout.engine.pipeline.StageTimings;

/** How a job ended: its final event, plus the PNG when it is DONE. */
public sealed interface JobOutcome {

    JobEvent event();

    /** The result PNG, with the oriented size of the input, and what each stage took. */
    record Done(JobEvent event, byte[] png, int width, int height, StageTimings timings) implements JobOutcome {
    }

    /** A typed, visible failure (bad input, bad options); retrying would not help. */
    record Failed(JobEvent event) implements JobOutcome {
    }
}
