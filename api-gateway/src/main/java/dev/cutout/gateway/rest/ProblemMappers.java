package dev.cutout.gateway.rest;

import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.InvalidOptionsException;
import dev.cutout.gateway.jobs.BrokerUnavailableException;
import dev.cutout.gateway.jobs.JobMetrics;
import dev.cutout.gateway.jobs.JobRejectedException;
import dev.cutout.gateway.jobs.QueueFullException;
import dev.cutout.gateway.config.GatewayConfig;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as {@code application/problem+json}; statuses come from {@link Problems}. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String RETRY_AFTER_SECONDS = "2";

    private final JobMetrics metrics;
    private final String retryAfterQueueFull;

    ProblemMappers(JobMetrics metrics, GatewayConfig config) {
        this.metrics = metrics;
        this.retryAfterQueueFull = Long.toString(Math.max(1, config.queueFullRetryAfter().toSeconds()));
    }

    /** An upload refused before queueing (image or form), counted by its code. */
    @ServerExceptionMapper
    public Response rejected(JobRejectedException e) {
        metrics.rejected(e.code());
        return Problems.of(e.code(), e.getMessage());
    }

    /** An option that cannot be read, from any parser of {@code common}. */
    @ServerExceptionMapper
    public Response invalidOptions(InvalidOptionsException e) {
        metrics.rejected(e.code());
        return Problems.of(e.code(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response job(JobProblemException e) {
        return e.response();
    }

    @ServerExceptionMapper
    public Response brokerUnavailable(BrokerUnavailableException e) {
        LOG.warn(e.getMessage());
        return Response.fromResponse(Problems.of(503, "broker-unavailable",
                        "The job service is unavailable right now; try again shortly"))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    /** Backpressure: {@code cutout.jobs} is at its maximum; the broker refused the job, so nothing was queued. */
    @ServerExceptionMapper
    public Response queueFull(QueueFullException e) {
        metrics.queueFull();
        LOG.debug(e.getMessage());
        return Response.fromResponse(Problems.of(503, "queue-full",
                        "The job queue is full right now; nothing was queued: send the photo again after Retry-After"))
                .header("Retry-After", retryAfterQueueFull).build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problems.of(404, "not-found", "There is nothing at this address; the API lives under /api/v1");
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return Response.fromResponse(Problems.of(405, "method-not-allowed", "This method is not allowed here"))
                .allow(e.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e) {
        return Problems.of(ErrorCode.UNSUPPORTED_FORMAT,
                "Send the image as multipart/form-data (field 'file') or as a raw image/* or application/octet-stream body");
    }

    @ServerExceptionMapper
    public Response ended(StreamEnded e) {
        return Response.noContent().build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 413) {
            return Problems.of(ErrorCode.TOO_LARGE, "The upload is larger than this server accepts");
        }
        return Problems.of(status, "http-" + status, e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected error", e);
        return Problems.of(ErrorCode.INTERNAL, "Something went wrong on our side");
    }
}
