package dev.cutout.gateway.rest;

import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobStatus;
import dev.cutout.gateway.jobs.JobResult;
import dev.cutout.gateway.jobs.JobState;
import java.util.Locale;
import jakarta.ws.rs.core.Response;

/** Turns broker answers into the event to show, the PNG to send, or the problem to answer with. */
final class JobAnswers {

    private JobAnswers() {
    }

    static JobEvent known(JobState state) {
        if (state instanceof JobState.Known known) {
            return known.event();
        }
        if (state instanceof JobState.Ready ready) {
            return ready.result().event();
        }
        if (state instanceof JobState.Expired expired) {
            throw gone(expired.jobId());
        }
        throw notFound(((JobState.Unknown) state).jobId());
    }

    static JobResult ready(JobState state) {
        if (state instanceof JobState.Ready ready) {
            return ready.result();
        }
        JobEvent event = known(state);
        if (event.status() == JobStatus.FAILED) {
            var failure = event.failure().orElseThrow();
            throw new JobProblemException(Problems.of(409, "job-failed",
                    "The job failed, so there is no result: " + failure.message(), failure.code()));
        }
        throw new JobProblemException(Problems.of(409, "job-not-ready",
                "The job is " + event.status().name().toLowerCase(Locale.ROOT) + " (" + event.progress()
                        + "%); the result is ready when its status is done"));
    }

    /**
     * The result image as an attachment, typed and named by its format (PNG unless the job asked for WebP or
     * JPEG), with the quality report's headers when the worker sent one.
     */
    static Response png(JobResult result) {
        Response.ResponseBuilder response = Response.ok(result.png(), result.format().mediaType())
                .header("Content-Disposition",
                        ContentDisposition.attachment(ResultFileName.of(result.fileName(), result.format())));
        result.event().quality().ifPresent(report -> QualityHeaders.add(response, report));
        return response.build();
    }

    static JobProblemException notFound(String id) {
        return new JobProblemException(Problems.of(404, "job-not-found", "There is no job " + id));
    }

    static JobProblemException gone(String id) {
        return new JobProblemException(Problems.of(410, "job-expired",
                "Job " + id + " has expired: statuses and results are kept only for a limited time"));
    }
}
