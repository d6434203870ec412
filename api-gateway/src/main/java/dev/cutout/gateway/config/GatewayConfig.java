package dev.cutout.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Everything the gateway reads from configuration ({@code cutout-gateway.*}, env {@code CUTOUT_GATEWAY_*}). */
@ConfigMapping(prefix = "cutout-gateway")
public interface GatewayConfig {

    /** How long a job's status and result stay readable after its last event; enforced by the broker. */
    @WithDefault("15m")
    Duration retention();

    /**
     * The most jobs {@code cutout.jobs} holds (its {@code x-max-length}); one more is refused by the
     * broker and answered 503 with {@code Retry-After}. Workers declare the same queue: their
     * {@code cutout-worker.max-queued-jobs} must be the same.
     */
    @WithDefault("10000")
    long maxQueuedJobs();

    /** The {@code Retry-After} of a 503 while the job queue is full. */
    @WithDefault("5s")
    Duration queueFullRetryAfter();

    /** How long {@code POST /api/v1/remove-background} waits for the result before answering 504. */
    @WithDefault("120s")
    Duration syncTimeout();

    /** While waiting synchronously, how often the job's queue is read in case a fan-out event was missed. */
    @WithDefault("1s")
    Duration syncPollInterval();

    /** Comment lines sent on an idle event stream so proxies keep it open. */
    @WithDefault("15s")
    Duration sseKeepAlive();

    Limits limits();

    Rabbitmq rabbitmq();

    /** Checked before a job is queued, from the bytes and the image header only. */
    interface Limits {
        /** 25 MB. */
        @WithDefault("26214400")
        long maxBytes();

        /** The same type as the engine's {@code cutout.limits.max-megapixels}: a fraction is allowed. */
        @WithDefault("50")
        double maxMegapixels();
    }

    /** The broker connection and the names this gateway publishes to (defaults: {@link dev.cutout.contract.Topology}). */
    interface Rabbitmq {
        @WithDefault("127.0.0.1")
        String host();

        @WithDefault("5672")
        int port();

        @WithDefault("guest")
        String username();

        @WithDefault("guest")
        String password();

        @WithDefault("/")
        String virtualHost();

        @WithDefault("cutout.jobs")
        String jobsExchange();

        @WithDefault("job")
        String jobsRoutingKey();

        @WithDefault("cutout.events")
        String eventsExchange();

        /**
         * Declare the shared job topology (jobs exchange and quorum queue, dead-letter exchange and
         * queue) at start, exactly as the worker does; off when the exchange above is not the shared one.
         */
        @WithDefault("true")
        boolean declareJobsTopology();

        /** How long a submit waits for the broker's publisher confirm. */
        @WithDefault("5s")
        Duration confirmTimeout();

        /** How often the queue-depth gauge asks the broker (passive declare). */
        @WithDefault("15s")
        Duration depthSampleInterval();
    }
}
