package dev.cutout.worker.health;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/**
 * Since when the worker has been cut off from the broker, and whether that has outlasted the grace: the
 * state behind the liveness check, fed with connection samples and read against a clock of its own.
 */
public final class BrokerOutage {

    private final InstantSource clock;
    private final Duration grace;
    private Optional<Instant> cutOffSince = Optional.empty();

    public BrokerOutage(InstantSource clock, Duration grace) {
        if (grace.isNegative()) {
            throw new IllegalArgumentException("the broker grace must not be negative: " + grace);
        }
        this.clock = clock;
        this.grace = grace;
    }

    /** Records whether the channels are connected now: the first sample without a connection starts the outage. */
    public synchronized void observe(boolean connected) {
        if (connected) {
            cutOffSince = Optional.empty();
        } else if (cutOffSince.isEmpty()) {
            cutOffSince = Optional.of(clock.instant());
        }
    }

    /** The verdict now: alive while connected, and while cut off for no longer than the grace. */
    public synchronized Verdict verdict() {
        Optional<Duration> cutOffFor = cutOffSince.map(since -> Duration.between(since, clock.instant()));
        return new Verdict(cutOffFor.map(duration -> duration.compareTo(grace) <= 0).orElse(true), cutOffFor, grace);
    }

    /** Whether the worker counts as alive, how long it has been cut off (empty: connected), and the grace it had. */
    public record Verdict(boolean alive, Optional<Duration> cutOffFor, Duration grace) {
    }
}
