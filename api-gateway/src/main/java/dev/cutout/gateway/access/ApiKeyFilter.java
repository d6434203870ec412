package dev.cutout.gateway.access;

import dev.cutout.gateway.rest.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses API calls without a valid key (401 problem+json) when {@code cutout.auth.api-keys} is set. Pre-matching:
 * it runs before the route is chosen and before any body is read, and it also covers paths that match nothing.
 * The key itself is never logged nor echoed.
 */
public class ApiKeyFilter {

    static final String CHALLENGE = "Bearer realm=\"cutout\"";
    static final String DETAIL = "This server needs an API key: send it as 'X-API-Key: <key>' or "
            + "'Authorization: Bearer <key>' (the web page asks for it)";

    private final ApiKeys keys;

    ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> requireKey(ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        if (!keys.required() || !AccessRule.needsKey(method, path)) {
            return Optional.empty();
        }
        Optional<String> query = AccessRule.keyInQueryAllowed(method, path)
                ? Optional.ofNullable(request.getUriInfo().getQueryParameters().getFirst(PresentedKey.QUERY_PARAMETER))
                : Optional.empty();
        Optional<String> presented = PresentedKey.of(Optional.ofNullable(request.getHeaderString(PresentedKey.HEADER)),
                Optional.ofNullable(request.getHeaderString(HttpHeaders.AUTHORIZATION)), query);
        if (keys.accepts(presented)) {
            return Optional.empty();
        }
        return Optional.of(Response.fromResponse(Problems.of(401, "unauthorized",
                        presented.isEmpty() ? DETAIL : "This API key is not accepted here; check it and send it again"))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
    }
}
