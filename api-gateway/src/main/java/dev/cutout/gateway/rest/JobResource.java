package dev.cutout.gateway.rest;

import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobStatus;
import dev.cutout.contract.OutputFormat;
import dev.cutout.gateway.jobs.JobBroker;
import dev.cutout.gateway.jobs.JobResult;
import dev.cutout.gateway.jobs.JobService;
import dev.cutout.gateway.jobs.JobState;
import dev.cutout.gateway.jobs.RefineRequest;
import dev.cutout.image.ResultAlpha;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** Asynchronous jobs: submit, then poll, stream or fetch the result from any replica. */
@Path(JobResource.PATH)
@Tag(name = "jobs")
@Blocking
public class JobResource {

    static final String PATH = "/api/v1/jobs";
    /** The header EventSource sends on a reconnect: the id of the last event it got. */
    public static final String LAST_EVENT_ID = "Last-Event-ID";

    private final JobService service;
    private final JobBroker broker;
    private final JobEventStream events;

    JobResource(JobService service, JobBroker broker, JobEventStream events) {
        this.service = service;
        this.broker = broker;
        this.events = events;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit an image (multipart)",
            description = "Checks size, format and header dimensions, then queues the job. 202 with Location; "
                    + "400 INVALID_OPTIONS/CORRUPT_IMAGE, 413 TOO_LARGE/TOO_MANY_PIXELS, 415 UNSUPPORTED_FORMAT.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "Bad options or corrupt image", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Too many bytes or pixels", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not an image format this server reads", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Over a per-client limit (cutout-gateway.client-limits): nothing queued, send again after Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class))) byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return accepted(Upload.of(body, contentType));
    }

    @POST
    @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit an image (raw body)",
            description = "The body is the image; options are query parameters. Same answers as the multipart form.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = JobView.class)))
    public Response submitRaw(byte[] body, @BeanParam RawOptions options) {
        return accepted(Upload.of(body, options));
    }

    private Response accepted(Upload upload) {
        return accepted(service.submit(upload.image(), upload.options()));
    }

    private static Response accepted(String id) {
        return Response.accepted(JobView.of(JobEvent.of(id, JobStatus.QUEUED)))
                .location(URI.create(PATH + "/" + id)).build();
    }

    @POST
    @Path("{id}/refine")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refine a finished job by hand (multipart)",
            description = "Keep/erase strokes (the 'hints' mask) and edge controls (feather, shift) applied to job {id}'s "
                    + "result, for the same photo sent again as 'file': a new job, followed like any other. The model "
                    + "does not run again: the worker corrects the alpha of {id}'s result. Every refine starts from "
                    + "{id}'s result, so send all strokes each time. 202 with Location; 404 unknown, 410 expired; "
                    + "409 job-not-ready / job-failed / no-alpha (a result flattened on a background, or not a PNG); 422 "
                    + "INVALID_HINTS (not an image, another aspect ratio, another photo, nothing to do); "
                    + "400/413/415 as a submit.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "409", description = "No result to refine", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Hints that cannot be used", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Over a per-client limit (cutout-gateway.client-limits): nothing queued, send again after Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response refine(@RestPath String id, @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = RefineForm.class))) byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        RefineRequest request = RefineUpload.of(body, contentType);
        JobResult earlier = JobAnswers.ready(broker.result(id));
        if (earlier.format() != OutputFormat.PNG) {
            throw new JobProblemException(Problems.of(409, "no-alpha", "Job " + id + "'s result is "
                    + earlier.format().id() + "; a refine reads the alpha of a PNG result: submit with format=png"));
        }
        if (ResultAlpha.source(earlier.png()) == ResultAlpha.Source.NONE) {
            throw new JobProblemException(Problems.of(409, "no-alpha", "Job " + id
                    + "'s result was flattened on a background, so it has no alpha to refine: submit with output=cutout"));
        }
        return accepted(service.refine(earlier.png(), request));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A job's latest state", description = "404 for an unknown or deleted id, 410 once past the retention.")
    @APIResponse(responseCode = "200", description = "The latest state", content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "404", description = "Unknown job", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "Expired job", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JobView status(@RestPath String id) {
        return JobView.of(JobAnswers.known(broker.state(id)));
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "A job's events as Server-Sent Events",
            description = "First the current state, then every change; the stream ends after done or failed. "
                    + "Data: the same JSON as GET /api/v1/jobs/{id}. Every event has an id (<epoch ms>-<status>); "
                    + "a reconnect with Last-Event-ID gets the current state first again, or 204 when the id says "
                    + "the client already saw done or failed (EventSource then stops reconnecting). A job with no "
                    + "news for a whole retention ends its stream with failed, code TIMEOUT.")
    @APIResponse(responseCode = "200", description = "The event stream")
    @APIResponse(responseCode = "204", description = "Last-Event-ID says the client saw the end already")
    @APIResponse(responseCode = "404", description = "Unknown job", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "Expired job", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> events(@RestPath String id, @HeaderParam(LAST_EVENT_ID) String lastEventId,
                                          @Context Sse sse) {
        if (EventId.parse(lastEventId).filter(EventId::terminal).isPresent()) {
            throw new StreamEnded();
        }
        return events.stream(JobAnswers.known(broker.state(id)), sse);
    }

    @GET
    @Path("{id}/result")
    @Produces({"image/png", "image/webp", "image/jpeg", Problem.MEDIA_TYPE})
    @Operation(summary = "The finished PNG",
            description = "Repeatable until the retention ends; headers Cutout-Quality and (when doubtful) "
                    + "Cutout-Doubt carry the quality report. 409 while the job runs or when it failed; 404 unknown; 410 expired.")
    @APIResponse(responseCode = "200", description = "The result: a PNG, or WebP or JPEG as asked with format", content = {@Content(mediaType = "image/png"), @Content(mediaType = "image/webp"), @Content(mediaType = "image/jpeg")})
    @APIResponse(responseCode = "409", description = "Not ready, or failed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response result(@RestPath String id) {
        return JobAnswers.png(JobAnswers.ready(broker.result(id)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Forget a job", description = "Drops its status and result at once; a worker skips it if it has not started. 204, or 404/410.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@RestPath String id) {
        JobAnswers.known(service.delete(id));
        return Response.noContent().build();
    }
}
