package dev.cutout.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Times are given, never read: each test is the same on any machine. */
class TokenBucketTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    /** 120 a minute: one token every half second. */
    private static final Duration HALF_SECOND = Duration.ofMillis(500);

    @Test
    void aNewBucketGivesItsWholeBurstAtOnceThenSaysHowLongUntilTheNextToken() {
        long t0 = 1_000 * SECOND;
        TokenBucket bucket = new TokenBucket(3, HALF_SECOND, t0);

        assertThat(bucket.take(t0)).isZero();
        assertThat(bucket.take(t0)).isZero();
        assertThat(bucket.take(t0)).isZero();
        assertThat(bucket.take(t0)).isEqualTo(HALF_SECOND.toNanos());
        assertThat(bucket.take(t0 + SECOND / 10)).isEqualTo(HALF_SECOND.toNanos() - SECOND / 10);
    }

    @Test
    void aRefusedTakeCostsNothingSoWaitingTheAnswerIsEnough() {
        TokenBucket bucket = new TokenBucket(1, HALF_SECOND, 0);
        assertThat(bucket.take(0)).isZero();
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.take(0)).as("asking again does not push the refill back").isEqualTo(HALF_SECOND.toNanos());
        }

        assertThat(bucket.take(HALF_SECOND.toNanos())).isZero();
    }

    @Test
    void tokensComeBackOneEveryRefillAndNeverBeyondTheCapacity() {
        TokenBucket bucket = new TokenBucket(2, HALF_SECOND, 0);
        bucket.take(0);
        bucket.take(0);

        long later = 10 * SECOND; // long enough for 20 refills, but the bucket holds 2
        assertThat(bucket.full(later)).isTrue();
        assertThat(bucket.take(later)).isZero();
        assertThat(bucket.take(later)).isZero();
        assertThat(bucket.take(later)).isPositive();
        assertThat(bucket.take(later + HALF_SECOND.toNanos())).isZero();
    }

    @Test
    void aSteadyPaceAtTheRefillRateIsNeverRefused() {
        TokenBucket bucket = new TokenBucket(1, HALF_SECOND, 0);
        for (long t = 0; t < 60 * SECOND; t += HALF_SECOND.toNanos()) {
            assertThat(bucket.take(t)).as("at %d ns", t).isZero();
        }
    }

    @Test
    void isFullOnlyOnceEveryTakenTokenIsBack() {
        TokenBucket bucket = new TokenBucket(2, HALF_SECOND, 0);
        assertThat(bucket.full(0)).isTrue();
        bucket.take(0);
        bucket.take(0);

        assertThat(bucket.full(HALF_SECOND.toNanos())).isFalse();
        assertThat(bucket.full(2 * HALF_SECOND.toNanos())).isTrue();
    }

    @Test
    void worksAcrossTheWrapOfTheMonotonicClock() {
        long nearTheEnd = Long.MAX_VALUE - SECOND / 4;
        TokenBucket bucket = new TokenBucket(1, HALF_SECOND, nearTheEnd);
        assertThat(bucket.take(nearTheEnd)).isZero();

        long afterTheWrap = nearTheEnd + HALF_SECOND.toNanos(); // overflows to a negative number
        assertThat(afterTheWrap).isNegative();
        assertThat(bucket.take(afterTheWrap)).isZero();
    }

    @Test
    void refusesANonsensicalShape() {
        assertThatThrownBy(() -> new TokenBucket(0, HALF_SECOND, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(1, Duration.ZERO, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
