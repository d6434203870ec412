package dev.cutout.gateway.access;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Content-Security-Policy, {@code X-Content-Type-Options} and {@code Referrer-Policy} on every answer of this
 * server (API, problems, the page, static files, 404s, health), set as the headers are written so no handler can
 * leave them out. The page loads only its own scripts, styles and images (plus blob:/data: images it makes
 * itself) and cannot be framed. Swagger UI ({@code /q/swagger-ui}) and the dev UI are built with inline
 * scripts and styles and get a policy that allows those, still same-origin only.
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' blob: data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";
    public static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    private static final String[] INLINE_UIS = {"/q/swagger-ui", "/q/dev-ui", "/q/dev"};
    /** High, so it runs before the other filters and even an answer one of them ends early carries the headers. */
    private static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(this::onRequest, PRIORITY);
    }

    private void onRequest(RoutingContext context) {
        String policy = policyFor(context.normalizedPath());
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", policy);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
        });
        context.next();
    }

    static String policyFor(String path) {
        for (String ui : INLINE_UIS) {
            if (path != null && path.startsWith(ui)) {
                return SWAGGER_POLICY;
            }
        }
        return STRICT_POLICY;
    }
}
