package dev.cutout.gateway.limits;

import java.time.Duration;

/**
 * A token bucket of {@code capacity} tokens, refilled by one every {@code refill}, kept as the one instant at which
 * it is full again (the generic cell rate algorithm): no fractions of tokens, no refill timer, exact in integer
 * nanoseconds. Times are monotonic nanoseconds ({@link System#nanoTime}) passed in, so a test sets them. Not
 * thread-safe: its owner holds the lock.
 */
final class TokenBucket {

    private final long refillNanos;
    /** How far {@link #fullAt} may run ahead of now and still leave a token: (capacity − 1) refills. */
    private final long burstNanos;
    private long fullAt;

    TokenBucket(int capacity, Duration refill, long now) {
        if (capacity < 1 || refill.isNegative() || refill.isZero()) {
            throw new IllegalArgumentException("a bucket needs at least one token and a positive refill time");
        }
        this.refillNanos = refill.toNanos();
        this.burstNanos = Math.multiplyExact(refillNanos, capacity - 1L);
        this.fullAt = now;
    }

    /**
     * Takes one token: 0 when there was one, else the nanoseconds until there will be one (and nothing is taken, so
     * a refused request costs the client nothing).
     */
    long take(long now) {
        long ahead = Math.max(0, fullAt - now); // differences, not comparisons: nanoTime may wrap
        if (ahead > burstNanos) {
            return ahead - burstNanos;
        }
        fullAt = now + ahead + refillNanos;
        return 0;
    }

    /** Whether every token is back: such a bucket is the same as a new one and need not be remembered. */
    boolean full(long now) {
        return fullAt - now <= 0;
    }
}
