package dev.cutout.standalone;

import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobInput;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.OutputFormat;
import dev.cutout.contract.JobStatus;
import dev.cutout.engine.jobs.JobOutcome;
import dev.cutout.engine.jobs.JobProcessor;
import dev.cutout.engine.jobs.JobRequest;
import dev.cutout.gateway.jobs.EventDispatcher;
import dev.cutout.gateway.jobs.JobBroker;
import dev.cutout.gateway.jobs.JobIds;
import dev.cutout.gateway.jobs.JobResult;
import dev.cutout.gateway.jobs.JobRetention;
import dev.cutout.gateway.jobs.JobState;
import dev.cutout.gateway.jobs.RabbitJobBroker;
import dev.cutout.image.ImageHeader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The one-process app's broker: jobs run in this process on the engine's {@link JobProcessor}, queued in
 * memory in arrival order, with no broker at all. The same resources and services sit above it as
 * above {@link RabbitJobBroker}; statuses and results stay in memory for the retention, then go.
 */
public final class InProcessJobBroker implements JobBroker, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(InProcessJobBroker.class);
    /** How often expired jobs are dropped from memory. */
    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(10);

    /** A job's latest event and, once DONE, its image in the asked format; the input image is never kept here. */
    private record Entry(Instant created, JobEvent latest, Optional<byte[]> png, Optional<String> fileName,
                         OutputFormat format) {
        Entry with(JobEvent event, Optional<byte[]> result) {
            return new Entry(created, event, result, fileName, format);
        }
    }

    private final JobProcessor processor;
    private final JobRetention retention;
    private final Clock clock;
    private final Map<String, Entry> jobs = new ConcurrentHashMap<>();
    /** Batch records (HTTP batches), by batch id; dropped with the jobs once expired. */
    private final Map<String, byte[]> batches = new ConcurrentHashMap<>();
    private final EventDispatcher dispatcher = new EventDispatcher();
    private final ExecutorService runner;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "cutout-retention"));

    /** @param concurrency jobs run at once (each uses all the model's threads; 1 suits a small machine) */
    public InProcessJobBroker(JobProcessor processor, Duration retention, int concurrency, Clock clock) {
        this.processor = processor;
        this.retention = new JobRetention(retention, clock);
        this.clock = clock;
        this.runner = Executors.newFixedThreadPool(concurrency, runnable -> new Thread(runnable, "cutout-job"));
        sweeper.scheduleWithFixedDelay(this::dropExpired, SWEEP_INTERVAL.toMillis(), SWEEP_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public String submit(JobOptions options, JobInput input, ImageHeader header) {
        Instant now = clock.instant();
        String id = JobIds.next(now);
        jobs.put(id, new Entry(now, JobEvent.of(id, JobStatus.QUEUED), Optional.empty(), options.fileName(),
                options.format().format()));
        runner.execute(() -> run(new JobRequest(id, options, input)));
        LOG.infof("job %s queued in process: %s %dx%d %d bytes%s", id, header.format(), header.width(),
                header.height(), input.image().length, input.refinement().isPresent() ? " (refine)" : "");
        return id;
    }

    private void run(JobRequest request) {
        String id = request.jobId();
        if (!jobs.containsKey(id)) {
            return; // deleted (or expired) before its turn: nobody is waiting for it
        }
        try {
            JobOutcome outcome = processor.process(request, this::publish);
            Optional<byte[]> png = outcome instanceof JobOutcome.Done done ? Optional.of(done.png()) : Optional.empty();
            update(outcome.event(), png);
        } catch (RuntimeException | Error e) {
            // No redelivery in one process: fail the job visibly and keep serving.
            LOG.errorf(e, "job %s failed inside the pipeline", id);
            update(JobEvent.failed(id, ErrorCode.INTERNAL, "Processing this image failed on the server"), Optional.empty());
        }
    }

    private void publish(JobEvent event) {
        update(event, Optional.empty());
    }

    private void update(JobEvent event, Optional<byte[]> png) {
        if (jobs.computeIfPresent(event.jobId(), (id, entry) -> entry.with(event, png)) != null) {
            dispatcher.dispatch(event);
        }
    }

    @Override
    public JobState state(String jobId) {
        return lookup(jobId).<JobState>map(entry -> new JobState.Known(entry.latest())).orElseGet(() -> gone(jobId));
    }

    @Override
    public JobState result(String jobId) {
        return lookup(jobId).<JobState>map(entry -> entry.png()
                        .<JobState>map(png -> new JobState.Ready(new JobResult(entry.latest(), png, entry.fileName(), entry.format())))
                        .orElseGet(() -> new JobState.Known(entry.latest())))
                .orElseGet(() -> gone(jobId));
    }

    @Override
    public JobState delete(String jobId) {
        Entry removed = jobs.remove(jobId);
        return removed == null ? gone(jobId) : new JobState.Known(removed.latest());
    }

    @Override
    public AutoCloseable subscribe(String jobId, Consumer<JobEvent> listener) {
        return dispatcher.add(jobId, listener);
    }

    @Override
    public void keepBatch(String batchId, byte[] record) {
        batches.put(batchId, record);
    }

    @Override
    public Optional<byte[]> batch(String batchId) {
        return retention.issuedAt(batchId).filter(issued -> !retention.expired(issued))
                .map(issued -> batches.get(batchId));
    }

    @Override
    public Optional<Long> queueDepth() {
        return Optional.of(jobs.values().stream().filter(e -> e.latest().status() == JobStatus.QUEUED).count());
    }

    private Optional<Entry> lookup(String jobId) {
        return Optional.ofNullable(jobs.get(jobId)).filter(entry -> !retention.expired(entry.created()));
    }

    private JobState gone(String jobId) {
        return retention.gone(jobId);
    }

    private void dropExpired() {
        jobs.values().removeIf(entry -> retention.expired(entry.created()));
        batches.keySet().removeIf(id -> retention.issuedAt(id).map(retention::expired).orElse(true));
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        runner.shutdownNow();
    }
}
