package dev.cutout.gateway.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Per-client abuse limits at each gateway ({@code cutout-gateway.client-limits.*}, env
 * {@code CUTOUT_GATEWAY_CLIENT_LIMITS_*}): how fast one client may submit and how many of its jobs may be unfinished.
 * A refusal is a 429 problem ({@code RATE_LIMITED}) with {@code Retry-After}, and nothing is queued for it. Each
 * replica counts on its own. The one-process app ({@code ./cutout run}) ships with them off.
 */
@ConfigMapping(prefix = "cutout-gateway.client-limits")
public interface ClientLimitsConfig {

    /** {@code false}: no per-client limit at all (local use, or limits enforced in front of the gateway). */
    @WithDefault("true")
    boolean enabled();

    /**
     * Submits a client may make per minute, on average: {@code POST} of a job, a refine, a synchronous
     * remove-background and a batch (one submit, however many photos). Reads (status, events, results) and deletes
     * are not counted.
     */
    @WithDefault("120")
    int requestsPerMinute();

    /** Submits a client may make at once before the pace above applies (the size of its token bucket). */
    @WithDefault("30")
    int burst();

    /**
     * Jobs of one client that have not ended (done, failed, deleted, or past the retention). A batch is admitted while
     * the client is below this, and then every photo of it counts, so that one batch larger than this still works.
     */
    @WithDefault("16")
    int concurrentJobs();

    /** The {@code Retry-After} of a refusal by {@link #concurrentJobs}: when a job will end cannot be known. */
    @WithDefault("5s")
    Duration concurrentJobsRetryAfter();

    /**
     * The proxies (addresses or CIDR blocks, comma-separated) whose {@link #forwardedHeader} is believed. Empty: the
     * client is the TCP peer, whatever headers it sends. Otherwise, for a request from one of them, the client is the
     * right-most address of that header that is not itself a trusted proxy.
     */
    Optional<List<String>> trustedProxies();

    /** The header the trusted proxies write: {@code x-forwarded-for} or {@code forwarded} (RFC 7239). */
    @WithDefault("x-forwarded-for")
    ForwardedHeader forwardedHeader();

    /** IPv6 clients are counted by this prefix of their address: one subscriber usually has a whole /64. */
    @WithDefault("64")
    int ipv6PrefixLength();

    /** Clients remembered at most; past it the least recently seen are forgotten (their limits start afresh). */
    @WithDefault("10000")
    int maxClients();
}
