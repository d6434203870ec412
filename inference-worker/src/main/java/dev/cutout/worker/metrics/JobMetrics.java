package dev.cutout.worker.metrics;

import dev.cutout.contract.ErrorCode;
import dev.cutout.engine.pipeline.Stage;
import dev.cutout.engine.pipeline.StageTimings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker's Prometheus series: {@code cutout_jobs_completed_total}, {@code cutout_jobs_failed_total{reason}},
 * {@code cutout_jobs_requeued_total}, {@code cutout_jobs_skipped_total}, {@code cutout_stage_seconds{stage}}
 * (histogram) and the {@code cutout_jobs_in_flight} gauge.
 */
/* Created at startup so every series shows (at zero) before the first job. */
@Startup
@ApplicationScoped
public class JobMetrics {

    private final MeterRegistry registry;
    private final Counter completed;
    private final Counter requeued;
    private final Counter skipped;
    private final Map<Stage, Timer> stages = new EnumMap<>(Stage.class);
    private final AtomicInteger inFlight = new AtomicInteger();

    JobMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.completed = Counter.builder("cutout.jobs.completed").description("Jobs whose result was delivered")
                .register(registry);
        this.requeued = Counter.builder("cutout.jobs.requeued")
                .description("Deliveries that ended in an unexpected error and went back to the queue").register(registry);
        this.skipped = Counter.builder("cutout.jobs.skipped")
                .description("Jobs skipped because their reply queue no longer exists").register(registry);
        for (Stage stage : Stage.values()) {
            stages.put(stage, Timer.builder("cutout.stage").description("Time per pipeline stage")
                    .tag("stage", stage.name().toLowerCase(Locale.ROOT)).publishPercentileHistogram()
                    .register(registry));
        }
        registry.gauge("cutout.jobs.in.flight", inFlight);
    }

    public void completed(StageTimings timings) {
        completed.increment();
        timings.nanos().forEach((stage, nanos) -> stages.get(stage).record(nanos, TimeUnit.NANOSECONDS));
    }

    public void failed(ErrorCode code) {
        Counter.builder("cutout.jobs.failed").description("Jobs that ended failed, by error code")
                .tag("reason", code.name().toLowerCase(Locale.ROOT)).register(registry).increment();
    }

    public void requeued() {
        requeued.increment();
    }

    public void skipped() {
        skipped.increment();
    }

    public void started() {
        inFlight.incrementAndGet();
    }

    public void finished() {
        inFlight.decrementAndGet();
    }
}
