package dev.cutout.gateway.limits;

import jakarta.enterprise.context.ApplicationScoped;

/** Monotonic time for the per-client limits: a wall clock that jumps would refill or drain every bucket at once. */
@ApplicationScoped
public class LimitClock {

    /** Nanoseconds from an arbitrary origin, as {@link System#nanoTime}; a test replaces this bean to stop time. */
    public long nanos() {
        return System.nanoTime();
    }
}
