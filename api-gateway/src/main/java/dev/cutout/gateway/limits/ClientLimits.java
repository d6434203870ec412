package dev.cutout.gateway.limits;

import dev.cutout.gateway.access.ApiKeys;
import dev.cutout.gateway.config.GatewayConfig;
import dev.cutout.gateway.jobs.JobBroker;
import dev.cutout.gateway.jobs.JobDeleted;
import dev.cutout.gateway.jobs.JobMetrics;
import dev.cutout.gateway.jobs.JobQueued;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * This gateway's per-client limits ({@link ClientLimitsConfig}): admits or refuses a client's submit, counts the
 * jobs its admitted requests queue, and frees their slots when they end: on the job's done or failed event (every
 * replica sees every event), on a delete through this gateway (a worker skips a deleted job without an event), and,
 * failing both, once the retention has passed. Started with the app, so a bad setting stops the start.
 */
@ApplicationScoped
@Startup
public class ClientLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final int IPV6_BITS = 128;

    private final ClientLimitsConfig config;
    private final ClientIdentity identity;
    private final ClientLimiter limiter;
    private final JobBroker broker;
    private final JobMetrics metrics;
    private final AdmittedRequest admitted;

    ClientLimits(ClientLimitsConfig config, GatewayConfig gateway, ApiKeys keys, JobBroker broker, JobMetrics metrics,
                 AdmittedRequest admitted, LimitClock clock) {
        this.config = config;
        this.broker = broker;
        this.metrics = metrics;
        this.admitted = admitted;
        atLeast("requests-per-minute", config.requestsPerMinute(), 1);
        atLeast("burst", config.burst(), 1);
        atLeast("concurrent-jobs", config.concurrentJobs(), 1);
        atLeast("max-clients", config.maxClients(), 1);
        if (config.ipv6PrefixLength() < 1 || config.ipv6PrefixLength() > IPV6_BITS) {
            throw new IllegalArgumentException("cutout-gateway.client-limits.ipv6-prefix-length must be 1..128, not "
                    + config.ipv6PrefixLength());
        }
        List<Cidr> trusted;
        try {
            trusted = config.trustedProxies().orElse(List.of()).stream().filter(text -> !text.isBlank())
                    .map(Cidr::parse).toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cutout-gateway.client-limits.trusted-proxies: " + e.getMessage(), e);
        }
        this.identity = new ClientIdentity(new ClientAddress(trusted), config.forwardedHeader(),
                config.ipv6PrefixLength(), keys.required());
        this.limiter = new ClientLimiter(new ClientLimiter.Settings(config.burst(),
                MINUTE.dividedBy(config.requestsPerMinute()), config.concurrentJobs(),
                config.concurrentJobsRetryAfter(), gateway.retention(), config.maxClients()), clock::nanos);
    }

    boolean enabled() {
        return config.enabled();
    }

    ClientIdentity identity() {
        return identity;
    }

    ClientLimitsConfig config() {
        return config;
    }

    /** Admits the request or refuses it (counted); an admitted one must be {@link #finished} when it ends. */
    Admission admit(ClientId client) {
        Admission admission = limiter.admit(client);
        if (admission instanceof Admission.Refused refused) {
            metrics.clientRefused(refused.limit().key());
        }
        return admission;
    }

    /** The current request holds {@code reservation}: the jobs it queues are its client's. */
    void hold(Reservation reservation) {
        admitted.hold(reservation);
    }

    void finished(Reservation reservation) {
        limiter.finished(reservation);
    }

    void onQueued(@Observes JobQueued queued) {
        if (config.enabled() && Arc.container().requestContext().isActive()) {
            admitted.reservation().ifPresent(reservation -> count(reservation, queued.jobId()));
        }
    }

    void onDeleted(@Observes JobDeleted deleted) {
        if (config.enabled()) {
            limiter.ended(deleted.jobId());
        }
    }

    private void count(Reservation reservation, String jobId) {
        AtomicBoolean ended = new AtomicBoolean();
        AutoCloseable watch = broker.subscribe(jobId, event -> {
            if (event.status().terminal()) {
                ended.set(true);
                limiter.ended(jobId);
            }
        });
        limiter.queued(reservation, jobId, watch);
        if (ended.get()) {
            limiter.ended(jobId); // the end came between subscribing and counting
        }
    }

    private static void atLeast(String key, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException("cutout-gateway.client-limits." + key + " must be at least " + minimum
                    + ", not " + value);
        }
    }
}
