package dev.cutout.cli.batch;

import java.time.Duration;
import java.util.Optional;

/**
 * How the batch client waits out a server or broker that is full (503 {@code queue-full}, a publisher nack),
 * briefly away (503 {@code broker-unavailable}) or limiting this client (429 {@code RATE_LIMITED}, the server's
 * per-client limits): pause for the server's {@code Retry-After} (in seconds, clamped
 * to [{@link #MIN_PAUSE}, {@link #MAX_PAUSE}]), else {@link #DEFAULT_PAUSE}, and try again until the patience is
 * spent; then the photo fails with the last reason, so nothing is given up silently.
 */
final class Backoff {

    static final Duration MIN_PAUSE = Duration.ofSeconds(1);
    static final Duration DEFAULT_PAUSE = Duration.ofSeconds(5);
    static final Duration MAX_PAUSE = Duration.ofSeconds(60);

    private final long deadline;
    private int retries;

    Backoff(Duration patience) {
        this.deadline = System.nanoTime() + patience.toNanos();
    }

    /** Sleeps before the next attempt; false (without sleeping) once the patience is spent. */
    boolean pause(Optional<String> retryAfter) throws InterruptedException {
        Duration pause = pauseFor(retryAfter);
        if (System.nanoTime() + pause.toNanos() > deadline) {
            return false;
        }
        retries++;
        Thread.sleep(pause.toMillis());
        return true;
    }

    int retries() {
        return retries;
    }

    /** {@code Retry-After} as delta-seconds; an HTTP date or anything else unreadable gives the default. */
    static Duration pauseFor(Optional<String> retryAfter) {
        return retryAfter.map(String::trim).filter(value -> value.matches("\\d{1,9}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value)))
                .map(pause -> pause.compareTo(MIN_PAUSE) < 0 ? MIN_PAUSE : pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause)
                .orElse(DEFAULT_PAUSE);
    }
}
