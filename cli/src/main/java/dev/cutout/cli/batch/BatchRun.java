package dev.cutout.cli.batch;

import dev.cutout.cli.ProgressBar;
import dev.cutout.contract.ErrorCode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the photos to make with {@code jobs} of them in flight, one manifest line per finished photo. Stopped
 * (first signal): nothing more is submitted and the jobs in flight get up to {@link #DRAIN_TIMEOUT} to finish;
 * after that, or at a second signal, they are abandoned — no manifest line, so the next run makes them.
 */
final class BatchRun {

    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);
    /** How often the submitting thread looks at the stop signal while all slots are taken. */
    private static final long CHECK_MILLIS = 100;
    private static final Duration ABANDON_WAIT = Duration.ofSeconds(10);

    private final PhotoJob job;
    private final Manifest manifest;
    private final ProgressBar progress;
    private final StopSignal stop;

    private final Object lock = new Object();
    private final SortedMap<ErrorCode, List<String>> failures = new TreeMap<>();
    private final AtomicInteger done = new AtomicInteger();
    private int finished;
    private int total;
    private long startNanos;
    private volatile IOException manifestFault;

    BatchRun(PhotoJob job, Manifest manifest, ProgressBar progress, StopSignal stop) {
        this.job = job;
        this.manifest = manifest;
        this.progress = progress;
        this.stop = stop;
    }

    /** @throws IOException when the manifest cannot be written: the run stops at once (what is recorded stays valid) */
    BatchSummary run(List<BatchPlan.Photo> photos, int skipped, int jobs) throws IOException, InterruptedException {
        total = photos.size();
        startNanos = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, task -> {
            Thread thread = new Thread(task, "cutout-batch");
            thread.setDaemon(true);
            return thread;
        });
        Semaphore slots = new Semaphore(jobs);
        int submitted = 0;
        progress.show(0, RateText.of(0, total, 0));
        for (BatchPlan.Photo photo : photos) {
            if (!acquire(slots)) {
                break;
            }
            submitted++;
            pool.execute(() -> {
                try {
                    finish(photo, job.make(photo));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    slots.release();
                }
            });
        }
        pool.shutdown();
        drain(pool);
        if (manifestFault != null) {
            throw manifestFault;
        }
        synchronized (lock) {
            return new BatchSummary(done.get(), failures, skipped, submitted - finished, stop.stopping(),
                    Duration.ofNanos(System.nanoTime() - startNanos));
        }
    }

    /** A free slot, or false once stopped. */
    private boolean acquire(Semaphore slots) throws InterruptedException {
        while (!stopped()) {
            if (slots.tryAcquire(CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stopped()) {
                    slots.release();
                    return false;
                }
                return true;
            }
        }
        return false;
    }

    private boolean stopped() {
        return stop.stopping() || manifestFault != null;
    }

    private void drain(ExecutorService pool) throws InterruptedException {
        Optional<Long> drainDeadline = Optional.empty();
        while (!pool.awaitTermination(CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
            if (!stopped()) {
                continue;
            }
            if (drainDeadline.isEmpty()) {
                drainDeadline = Optional.of(System.nanoTime() + DRAIN_TIMEOUT.toNanos());
            }
            if (System.nanoTime() > drainDeadline.get() || stop.awaitAbandon(0)) {
                pool.shutdownNow();
                pool.awaitTermination(ABANDON_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
        }
    }

    private void finish(BatchPlan.Photo photo, ManifestEntry entry) {
        try {
            manifest.append(entry);
        } catch (IOException e) {
            manifestFault = new IOException("cannot append to the manifest: " + e.getMessage(), e);
            return;
        }
        synchronized (lock) {
            finished++;
            if (entry.status() == ManifestEntry.Status.DONE) {
                done.incrementAndGet();
            } else {
                ManifestEntry.Failure failure = entry.error().orElseThrow();
                failures.computeIfAbsent(failure.code(), code -> new ArrayList<>())
                        .add(photo.input() + ": " + failure.message());
                progress.message("failed " + photo.input() + ": " + failure.code() + " " + failure.message());
            }
            long elapsed = (System.nanoTime() - startNanos) / 1_000_000;
            progress.show(finished, RateText.of(finished, total, elapsed) + " " + photo.input());
        }
    }
}
