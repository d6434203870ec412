package dev.cutout.gateway.rest;

import dev.cutout.contract.ErrorCode;
import dev.cutout.gateway.config.GatewayConfig;
import dev.cutout.gateway.jobs.JobService;
import dev.cutout.gateway.jobs.JobWaiter;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One request, one PNG: submits a job and waits for it (up to {@code cutout-gateway.sync-timeout}). */
@Path("/api/v1/remove-background")
@Tag(name = "remove-background")
@Blocking
public class RemoveBackgroundResource {

    private final JobService service;
    private final JobWaiter waiter;
    private final GatewayConfig config;

    RemoveBackgroundResource(JobService service, JobWaiter waiter, GatewayConfig config) {
        this.service = service;
        this.waiter = waiter;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({"image/png", "image/webp", "image/jpeg", Problem.MEDIA_TYPE})
    @Operation(summary = "Remove the background and wait for the PNG (multipart)",
            description = "Same inputs and refusals as POST /api/v1/jobs. 200 with the PNG; a failed job as its "
                    + "problem (4xx by code, INTERNAL 500); 504 when it takes longer than the sync timeout.")
    @APIResponse(responseCode = "200", description = "The result: a PNG, or WebP or JPEG as asked with format", content = {@Content(mediaType = "image/png"), @Content(mediaType = "image/webp"), @Content(mediaType = "image/jpeg")})
    @APIResponse(responseCode = "504", description = "Took too long", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Over a per-client limit (cutout-gateway.client-limits): nothing queued, send again after Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response remove(@RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class))) byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return run(Upload.of(body, contentType));
    }

    @POST
    @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
    @Produces({"image/png", "image/webp", "image/jpeg", Problem.MEDIA_TYPE})
    @Operation(summary = "Remove the background and wait for the PNG (raw body)",
            description = "The body is the image; options are query parameters.")
    @APIResponse(responseCode = "200", description = "The result: a PNG, or WebP or JPEG as asked with format", content = {@Content(mediaType = "image/png"), @Content(mediaType = "image/webp"), @Content(mediaType = "image/jpeg")})
    public Response removeRaw(byte[] body, @BeanParam RawOptions options) {
        return run(Upload.of(body, options));
    }

    private Response run(Upload upload) {
        String id = service.submit(upload.image(), upload.options());
        JobWaiter.Outcome outcome = waiter.await(id, config.syncTimeout());
        if (outcome instanceof JobWaiter.Outcome.Done done) {
            return JobAnswers.png(done.result());
        }
        if (outcome instanceof JobWaiter.Outcome.Failed failed) {
            return Problems.of(failed.failure().code(), failed.failure().message());
        }
        if (outcome instanceof JobWaiter.Outcome.Gone gone) {
            JobAnswers.known(gone.state());
        }
        return Problems.of(ErrorCode.TIMEOUT, "The image was not finished within " + config.syncTimeout().toSeconds()
                + " s; it is still queued as job " + id + " (GET /api/v1/jobs/" + id + ")");
    }
}
