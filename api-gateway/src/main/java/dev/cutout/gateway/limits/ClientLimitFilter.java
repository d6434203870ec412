package dev.cutout.gateway.limits;

import dev.cutout.contract.ErrorCode;
import dev.cutout.gateway.access.PresentedKey;
import dev.cutout.gateway.rest.Problems;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies the per-client limits to every submit ({@link SubmitRoute}): a refusal is a 429 problem
 * ({@code RATE_LIMITED}) with {@code Retry-After}, answered before the body is read, so nothing is queued and
 * little is spent on it. Pre-matching and after the API-key filter: a request without a valid key is answered 401
 * and costs its client nothing, and the key it carries can name the client.
 */
public class ClientLimitFilter {

    private static final Logger LOG = Logger.getLogger(ClientLimitFilter.class);
    /** After {@link dev.cutout.gateway.access.ApiKeyFilter} (default priority {@link Priorities#USER}). */
    static final int PRIORITY = Priorities.USER + 100;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final ClientLimits limits;

    ClientLimitFilter(ClientLimits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true, priority = PRIORITY)
    public Optional<Response> limit(ContainerRequestContext request, RoutingContext routing) {
        if (!limits.enabled() || !SubmitRoute.matches(request.getMethod(), request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        Optional<String> key = PresentedKey.of(Optional.ofNullable(request.getHeaderString(PresentedKey.HEADER)),
                Optional.ofNullable(request.getHeaderString(HttpHeaders.AUTHORIZATION)), Optional.empty());
        ClientId client = limits.identity().of(peer(routing),
                name -> Optional.ofNullable(request.getHeaders().get(name)).orElse(List.of()), key);
        Admission admission = limits.admit(client);
        if (admission instanceof Admission.Refused refused) {
            LOG.debugf("refused a submit of %s: %s", client.value(), refused.limit().key());
            return Optional.of(refusal(refused));
        }
        Reservation reservation = ((Admission.Admitted) admission).reservation();
        limits.hold(reservation);
        routing.addEndHandler(ended -> limits.finished(reservation)); // also when the client goes away mid-upload
        return Optional.empty();
    }

    /** The TCP peer, not {@code remoteAddress()}: that one is rewritten when {@code quarkus.http.proxy.*} is on. */
    private static Optional<InetAddress> peer(RoutingContext routing) {
        SocketAddress address = routing.request().connection().remoteAddress();
        return address == null ? Optional.empty() : IpLiteral.parse(address.hostAddress());
    }

    private Response refusal(Admission.Refused refused) {
        long seconds = Math.max(1, (refused.retryAfter().toNanos() + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
        ClientLimitsConfig config = limits.config();
        String detail = refused.limit() == Limit.CONCURRENT_JOBS
                ? String.format(Locale.ROOT, "You have %d jobs that have not finished, the most this server runs at "
                        + "once for one client; nothing was queued: send it again once one has finished (try in %d s)",
                        config.concurrentJobs(), seconds)
                : String.format(Locale.ROOT, "Too many submits from you: this server takes %d a minute from one client "
                        + "(%d at once); nothing was queued: send it again in %d s",
                        config.requestsPerMinute(), config.burst(), seconds);
        return Response.fromResponse(Problems.of(ErrorCode.RATE_LIMITED, detail))
                .header("Retry-After", Long.toString(seconds)).build();
    }
}
