package dev.cutout.gateway.batches;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutout.contract.JobOption;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.JobOptionsParser;
import dev.cutout.gateway.rest.Problem;
import dev.cutout.gateway.rest.RawOptions;
import dev.cutout.gateway.rest.ContentDisposition;
import dev.cutout.gateway.rest.ResultFileName;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.HeaderParam;
import dev.cutout.gateway.rest.JobResource;
import dev.cutout.gateway.rest.StreamEnded;
import java.io.InputStream;
import java.net.URI;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** Batches over HTTP: a zip of photos in, one job per photo, a zip of PNGs and a manifest out, from any replica. */
@Path(BatchResource.PATH)
@Tag(name = "batches")
@Blocking
public class BatchResource {

    static final String PATH = "/api/v1/batches";
    static final String ZIP = "application/zip";

    private final BatchService service;
    private final BatchEventStream events;
    private final ObjectMapper json;

    BatchResource(BatchService service, BatchEventStream events, ObjectMapper json) {
        this.service = service;
        this.events = events;
        this.json = json;
    }

    @POST
    @Consumes({ZIP, "application/x-zip-compressed"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a zip of photos",
            description = "The body is a zip, read as it streams in; options are query parameters, as for a raw "
                    + "POST /api/v1/jobs, and apply to every photo. Each image entry becomes a job; an entry that "
                    + "cannot be one (unsafe name, nested archive, not an image, too large, corrupt header) becomes a "
                    + "failed item with its reason, and directories are skipped. 202 with Location once every entry "
                    + "is queued. The whole zip is refused with 415 when it is not a zip, 400 when it is unreadable or "
                    + "empty, 413 past cutout-gateway.batches.* (entries, total size, compression ratio).")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = BatchView.class)))
    @APIResponse(responseCode = "400", description = "Unreadable zip, empty zip or bad options", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Too many entries, too large in total, or a zip bomb", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not a zip", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Over a per-client limit (cutout-gateway.client-limits): nothing queued, send again after Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@RequestBody(content = @Content(mediaType = ZIP,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
            InputStream body, @BeanParam RawOptions options) {
        Function<String, JobOptions> optionsFor = name -> JobOptionsParser.fromFields(option ->
                option == JobOption.FILE_NAME ? ResultFileName.baseName(name) : options.value(option));
        optionsFor.apply("check.jpg"); // a bad option is a 400 before any entry is read
        BatchView batch = service.submit(body, optionsFor);
        return Response.accepted(batch).location(URI.create(PATH + "/" + batch.id())).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A batch's counts and every item's state",
            description = "404 for an unknown id, 410 once past the retention (the same as its jobs').")
    @APIResponse(responseCode = "200", description = "The batch", content = @Content(schema = @Schema(implementation = BatchView.class)))
    @APIResponse(responseCode = "404", description = "Unknown batch", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "Expired batch", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchView status(@RestPath String id) {
        return service.view(id);
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "A batch's progress as Server-Sent Events",
            description = "First a 'batch' event (the same JSON as GET /api/v1/batches/{id}), then an 'item' event "
                    + "(batchId, counts, item) for every change of one of its jobs, and a last 'batch' event once "
                    + "every item has finished; then the stream ends.")
    public Multi<OutboundSseEvent> events(@RestPath String id,
                                          @HeaderParam(JobResource.LAST_EVENT_ID) String lastEventId, @Context Sse sse) {
        if (BatchEventStream.FINISHED_ID.equals(lastEventId)) {
            throw new StreamEnded();
        }
        return events.stream(service.record(id), sse);
    }

    @GET
    @Path("{id}/result")
    @Produces({ZIP, Problem.MEDIA_TYPE})
    @Operation(summary = "The finished PNGs and manifest.json, as a zip",
            description = "Written as it is sent, one PNG at a time: a/b.jpg comes back as a/b_no_bg.png. "
                    + "Available at any time: manifest.json lists every item (name, output, jobId, status, "
                    + "errorCode, errorMessage, inputBytes, inputSha256, outputBytes, outputSha256) and 'finished' "
                    + "says whether all were done or failed when the zip was written. 404 unknown; 410 expired.")
    @APIResponse(responseCode = "200", description = "The zip", content = @Content(mediaType = ZIP))
    public Response result(@RestPath String id) {
        BatchRecord record = service.record(id);
        return Response.ok(new BatchResultZip(record, service.broker(), json), ZIP)
                .header("Content-Disposition", ContentDisposition.attachment("batch-" + id + ".zip")).build();
    }
}
