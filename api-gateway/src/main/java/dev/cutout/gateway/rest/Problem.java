package dev.cutout.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document ({@code application/problem+json}). {@code code} is the
 * {@link dev.cutout.contract.ErrorCode} when the problem is one of the job error codes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI naming the kind of problem", example = "urn:cutout:problem:too-many-pixels") String type,
        @Schema(description = "Short summary of the kind of problem", example = "Too many pixels") String title,
        @Schema(description = "HTTP status", example = "413") int status,
        @Schema(description = "What went wrong, for a person", example = "This image is 100000 x 100000 pixels (10000.0 MP); the limit is 50 MP") String detail,
        @Schema(description = "Job error code (UNSUPPORTED_FORMAT, CORRUPT_IMAGE, TOO_LARGE, TOO_MANY_PIXELS, INVALID_OPTIONS, INVALID_HINTS, RATE_LIMITED, TIMEOUT, INTERNAL), when one applies", example = "TOO_MANY_PIXELS") String code) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
