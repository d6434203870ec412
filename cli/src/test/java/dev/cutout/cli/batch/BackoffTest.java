package dev.cutout.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void waitsTheServersRetryAfterInSeconds() {
        assertThat(Backoff.pauseFor(Optional.of("5"))).isEqualTo(Duration.ofSeconds(5));
        assertThat(Backoff.pauseFor(Optional.of(" 12 "))).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void clampsAPauseThatIsTooShortOrTooLong() {
        assertThat(Backoff.pauseFor(Optional.of("0"))).isEqualTo(Backoff.MIN_PAUSE);
        assertThat(Backoff.pauseFor(Optional.of("86400"))).isEqualTo(Backoff.MAX_PAUSE);
    }

    @Test
    void fallsBackToTheDefaultWithoutAReadableNumber() {
        assertThat(Backoff.pauseFor(Optional.empty())).isEqualTo(Backoff.DEFAULT_PAUSE);
        assertThat(Backoff.pauseFor(Optional.of("Wed, 21 Oct 2026 07:28:00 GMT"))).isEqualTo(Backoff.DEFAULT_PAUSE);
        assertThat(Backoff.pauseFor(Optional.of("-3"))).isEqualTo(Backoff.DEFAULT_PAUSE);
    }

    @Test
    void givesUpWithoutSleepingOnceThePatienceIsSpent() throws InterruptedException {
        Backoff backoff = new Backoff(Duration.ofMillis(10));

        assertThat(backoff.pause(Optional.of("5"))).isFalse();
        assertThat(backoff.retries()).isZero();
    }
}
