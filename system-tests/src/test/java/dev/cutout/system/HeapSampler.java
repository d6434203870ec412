package dev.cutout.system;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples a service's used heap ({@code jvm_memory_used_bytes{area="heap"}}, all pools) every half second
 * on a daemon thread and keeps the maximum; a sample that cannot be read is skipped, not fatal.
 */
final class HeapSampler implements AutoCloseable {

    private static final Duration PERIOD = Duration.ofMillis(500);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
            String text = HTTP.send(HttpRequest.newBuilder(service.uri("/q/metrics")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            long used = (long) text.lines()
                    .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
            if (used > 0) {
                max.accumulateAndGet(used, Math::max);
                samples.incrementAndGet();
            }
        } catch (IOException | RuntimeException e) {
            // the service may be busy or restarting; the next sample will tell
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
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
