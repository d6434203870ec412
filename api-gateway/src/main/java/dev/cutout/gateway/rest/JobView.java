package dev.cutout.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cutout.contract.JobEvent;
import java.util.Locale;

/** A job's state as clients see it (status body, SSE data, submit answer). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobView(String id, String status, int progress, Error error, Links links) {

    /** Why the job failed: an error code and a message for a person. */
    public record Error(String code, String message) {
    }

    public record Links(String self, String events, String result) {
    }

    public static JobView of(JobEvent event) {
        Error error = event.failure().map(f -> new Error(f.code().name(), f.message())).orElse(null);
        return new JobView(event.jobId(), event.status().name().toLowerCase(Locale.ROOT), event.progress(), error,
                links(event.jobId()));
    }

    static Links links(String id) {
        String self = JobResource.PATH + "/" + id;
        return new Links(self, self + "/events", self + "/result");
    }
}
