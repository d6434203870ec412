package dev.cutout.gateway.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time that stands still until a test moves it: no bucket refills while a test runs, however slow the machine.
 * Enabled only by the test profiles that name it.
 */
@Alternative
@ApplicationScoped
public class FrozenLimitClock extends LimitClock {

    private static final AtomicLong NOW = new AtomicLong(1_000_000_000_000L);

    static void advance(Duration by) {
        NOW.addAndGet(by.toNanos());
    }

    @Override
    public long nanos() {
        return NOW.get();
    }
}
