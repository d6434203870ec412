package dev.cutout.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples a service's used heap ({@code jvm_memory_used_bytes{area="heap"}}, all pools) every half second
 * on a daemon thread and keeps the maximum; a sample that cannot be read is skipped, not fatal.
 */
final class HeapSampler implements AutoCloseable {

    private static final Duration PERIOD = Duration.ofMillis(500);

    private final ServiceProcess service;
    private final AtomicLong max = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler(ServiceProcess service) {
        this.service = service;
        this.thread = new Thread(this::run, "heap-sampler-" + service.name());
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            sample();
            ServiceProcess.pause(PERIOD);
        }
    }

    private void sample() {
        try {
            long used = (long) service.metric("jvm_memory_used_bytes", "area=\"heap\"");
            if (used > 0) {
                max.accumulateAndGet(used, Math::max);
                samples.incrementAndGet();
            }
        } catch (RuntimeException e) {
            // the service may be busy or restarting; the next sample will tell
        }
    }

    long maxBytes() {
        return max.get();
    }

    long samples() {
        return samples.get();
    }

    @Override
    public void close() {
        running = false;
        sample();
    }
}
