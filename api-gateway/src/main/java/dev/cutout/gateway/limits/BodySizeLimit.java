package dev.cutout.gateway.limits;

import dev.cutout.contract.ErrorCode;
import dev.cutout.gateway.rest.Problem;
import dev.cutout.gateway.rest.Problems;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared {@code Content-Length} is over {@code quarkus.http.limits.max-body-size}
 * from its headers alone: a 413 problem ({@code TOO_LARGE}), and the connection closed, so not one byte of
 * the body is read or waited for. Quarkus would refuse it too, but with an empty body; a chunked body with no
 * length is still cut off by Quarkus once it passes the limit. Runs after the security headers' filter
 * (priority below theirs) so the refusal carries them.
 */
@ApplicationScoped
public class BodySizeLimit {

    static final int PRIORITY = 900;
    private static final double BYTES_PER_MEGABYTE = 1024.0 * 1024.0;

    private final long maxBodyBytes;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        long declared = declaredLength(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared <= maxBodyBytes) {
            context.next();
            return;
        }
        Problem problem = Problems.document(ErrorCode.TOO_LARGE, String.format(Locale.ROOT,
                "This upload is %.1f MB; the server accepts at most %.1f MB per request",
                declared / BYTES_PER_MEGABYTE, maxBodyBytes / BYTES_PER_MEGABYTE));
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.encode(problem))
                .onComplete(done -> context.request().connection().close());
    }

    /** The declared length, or -1 when there is none or it is not a number (Vert.x answers that itself). */
    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
