package dev.cutout.worker.messaging;

import dev.cutout.worker.metrics.JobMetrics;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * Counts the jobs being worked on and, at shutdown, stops admitting new ones and waits (up to
 * {@code cutout-worker.drain-timeout}) for those in flight to be published and acknowledged. This
 * runs before the connector closes its channels, which happens when the beans are destroyed.
 */
@ApplicationScoped
public class InFlightJobs {

    private static final Logger LOG = Logger.getLogger(InFlightJobs.class);

    private final JobMetrics metrics;
    private final WorkerConfig config;
    private int running;
    private boolean draining;

    InFlightJobs(JobMetrics metrics, WorkerConfig config) {
        this.metrics = metrics;
        this.config = config;
    }

    /** False once shutting down: the job stays unacknowledged and the broker redelivers it elsewhere. */
    public synchronized boolean admit() {
        if (draining) {
            return false;
        }
        running++;
        metrics.started();
        return true;
    }

    public synchronized void release() {
        running--;
        metrics.finished();
        notifyAll();
    }

    void drain(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) throws InterruptedException {
        long deadline = System.nanoTime() + config.drainTimeout().toNanos();
        synchronized (this) {
            draining = true;
            if (running > 0) {
                LOG.infof("shutting down: waiting up to %s for %d job(s) in flight", config.drainTimeout(), running);
            }
            long left;
            while (running > 0 && (left = deadline - System.nanoTime()) > 0) {
                wait(Math.max(1, left / 1_000_000));
            }
            if (running > 0) {
                LOG.warnf("shutting down with %d job(s) unfinished: the broker redelivers them", running);
            }
        }
    }
}
