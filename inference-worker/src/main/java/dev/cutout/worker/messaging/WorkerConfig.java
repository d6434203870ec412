package dev.cutout.worker.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Settings of the RabbitMQ worker ({@code CUTOUT_WORKER_CONCURRENCY=2}, ...). A prefix apart from
 * {@code cutout.*}: the command line reads {@code cutout.*} strictly and knows nothing of these.
 */
@ConfigMapping(prefix = "cutout-worker")
public interface WorkerConfig {

    /**
     * Jobs this worker runs at once, which is also its prefetch. One by default: the model already
     * uses every core, so a second job would only wait inside the process instead of on the broker.
     */
    @WithDefault("1")
    int concurrency();

    /** How long statuses, results and waiting jobs live; part of the queue arguments, so the gateway must agree. */
    @WithDefault("PT15M")
    Duration retention();

    /**
     * The most jobs {@code cutout.jobs} holds; a publish beyond it is refused (the gateway answers 503).
     * Part of the queue arguments, so the gateway's {@code cutout-gateway.max-queued-jobs} must agree.
     */
    @WithDefault("10000")
    long maxQueuedJobs();

    /** How long to wait for the broker to confirm a published event or result before retrying the job. */
    @WithDefault("PT30S")
    Duration confirmTimeout();

    /** On shutdown, how long a job in flight may take to finish and be acknowledged. */
    @WithDefault("PT60S")
    Duration drainTimeout();

    /** When the worker counts as dead ({@code /q/health/live} DOWN) so that an orchestrator restarts it. */
    Liveness liveness();

    /** The liveness check's settings ({@code cutout-worker.liveness.*}). */
    interface Liveness {

        /**
         * How long the messaging channels may stay cut off from the broker before liveness goes DOWN. The
         * connector keeps reconnecting meanwhile (readiness is DOWN at once); this is the backstop for a
         * consumer that never comes back. Longer than a broker restart, so one does not restart every worker.
         */
        @WithDefault("PT60S")
        Duration brokerGrace();

        /** How often the channels' connection state is sampled, so that an outage is dated within this much. */
        @WithDefault("PT1S")
        Duration sampleInterval();
    }
}
