package dev.cutout.worker.messaging;

import dev.cutout.engine.jobs.JobOutcome;

/** Why a job was rejected without requeue: its typed failure, already reported to the client. */
public class JobRefusedException extends RuntimeException {

    public JobRefusedException(JobOutcome.Failed failed) {
        super(failed.event().failure().map(f -> f.code() + ": " + f.message()).orElse("refused"), null, false, false);
    }
}
