package dev.cutout.gateway.jobs;

import dev.cutout.contract.ErrorCode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gateway's own meters (Prometheus names: cutout_jobs_submitted_total, cutout_jobs_rejected_total{code},
 * cutout_jobs_queue_full_total, cutout_clients_refused_total{limit}, ...).
 */
@ApplicationScoped
public class JobMetrics {

    private final MeterRegistry registry;
    private final Counter submitted;
    private final Counter queueFull;
    private final AtomicInteger sseClients = new AtomicInteger();

    JobMetrics(MeterRegistry registry, JobBroker broker) {
        this.registry = registry;
        this.submitted = Counter.builder("cutout.jobs.submitted").description("Jobs accepted and queued")
                .register(registry);
        this.queueFull = Counter.builder("cutout.jobs.queue.full")
                .description("Submits refused with 503 because the jobs queue held its maximum").register(registry);
        Gauge.builder("cutout.jobs.queue.depth", broker, b -> b.queueDepth().map(Long::doubleValue).orElse(Double.NaN))
                .description("Jobs waiting for a worker in the jobs queue (sampled)").register(registry);
        Gauge.builder("cutout.sse.clients", sseClients, AtomicInteger::get)
                .description("Open event streams on this replica").register(registry);
    }

    public void submitted() {
        submitted.increment();
    }

    public void rejected(ErrorCode code) {
        Counter.builder("cutout.jobs.rejected").description("Uploads refused before queueing")
                .tag("code", code.name()).register(registry).increment();
    }

    /** A submit the broker refused because {@code cutout.jobs} was full (answered 503). */
    public void queueFull() {
        queueFull.increment();
    }

    /** A submit refused with 429 by a per-client limit ({@code requests-per-minute} or {@code concurrent-jobs}). */
    public void clientRefused(String limit) {
        Counter.builder("cutout.clients.refused").description("Submits refused with 429 by a per-client limit")
                .tag("limit", limit).register(registry).increment();
    }

    public void sseOpened() {
        sseClients.incrementAndGet();
    }

    public void sseClosed() {
        sseClients.decrementAndGet();
    }
}
