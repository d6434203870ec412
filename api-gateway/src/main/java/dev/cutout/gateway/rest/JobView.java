package dev.cutout.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.QualityReport;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A job's state as clients see it (status body, SSE data, submit answer). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobView(String id, String status, int progress, Error error,
                      @Schema(description = "How sure the worker is of the cut-out; only on done (absent from "
                              + "workers that predate the report)") Quality quality,
                      Links links) {

    /** Why the job failed: an error code and a message for a person. */
    public record Error(String code, String message) {
    }

    /** The worker's quality report on a finished cut-out ({@link QualityReport}); {@code doubt} is null when none. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Quality")
    public record Quality(
            @Schema(description = "The candidate matte that was kept, e.g. plain or pad25-edge") String chosen,
            @Schema(description = "Why that candidate, in one sentence") String reason,
            @Schema(description = "How many times the network ran for this photo") int modelRuns,
            @Schema(description = "Share of the photo kept (alpha ≥ 0.5), 0..1") double keptShare,
            @Schema(description = "Share of the photo's outermost ring the subject covers, 0..1") double borderContact,
            @Schema(description = "Lowest IoU at alpha 0.5 between the ensemble's members (1 when one ran)") double agreement,
            @Schema(description = "Share of pixels with soft alpha (0.02 < alpha < 0.98)") double softShare,
            @Schema(description = "Present when the cut-out is doubtful, else null", type = SchemaType.STRING,
                    nullable = true, enumeration = {"SUBJECT_MAY_BE_INCOMPLETE", "NO_CLEAR_SUBJECT"}) String doubt) {

        static Quality of(QualityReport report) {
            return new Quality(report.chosen(), report.reason(), report.modelRuns(), report.keptShare(),
                    report.borderContact(), report.agreement(), report.softShare(),
                    report.doubt().map(Enum::name).orElse(null));
        }
    }

    public record Links(String self, String events, String result) {
    }

    public static JobView of(JobEvent event) {
        Error error = event.failure().map(f -> new Error(f.code().name(), f.message())).orElse(null);
        Quality quality = event.quality().map(Quality::of).orElse(null);
        return new JobView(event.jobId(), event.status().name().toLowerCase(Locale.ROOT), event.progress(), error,
                quality, links(event.jobId()));
    }

    static Links links(String id) {
        String self = JobResource.PATH + "/" + id;
        return new Links(self, self + "/events", self + "/result");
    }
}
