package dev.cutout.worker.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrokerOutageTest {

    private static final Duration GRACE = Duration.ofSeconds(60);

    private final ManualClock clock = new ManualClock();
    private final BrokerOutage outage = new BrokerOutage(clock, GRACE);

    @Test
    void isAliveAndNotCutOffWhileConnected() {
        outage.observe(true);
        clock.advance(Duration.ofHours(1));
        outage.observe(true);

        assertThat(outage.verdict()).isEqualTo(new BrokerOutage.Verdict(true, Optional.empty(), GRACE));
    }

    @Test
    void staysAliveWhileCutOffForNoLongerThanTheGrace() {
        outage.observe(true);
        clock.advance(Duration.ofSeconds(5));
        outage.observe(false);
        clock.advance(GRACE);
        outage.observe(false);

        assertThat(outage.verdict().alive()).isTrue();
        assertThat(outage.verdict().cutOffFor()).hasValue(GRACE);
    }

    @Test
    void isDeadOnceCutOffForLongerThanTheGraceCountedFromTheFirstSampleWithoutAConnection() {
        outage.observe(false);
        clock.advance(Duration.ofSeconds(30));
        outage.observe(false); // a later sample does not restart the outage
        clock.advance(Duration.ofSeconds(30).plusMillis(1));

        assertThat(outage.verdict().alive()).isFalse();
        assertThat(outage.verdict().cutOffFor()).hasValue(GRACE.plusMillis(1));
    }

    @Test
    void staysDeadWithoutNewSamplesSinceSilenceIsNoSignOfAConnection() {
        outage.observe(false);
        clock.advance(Duration.ofMinutes(10));

        assertThat(outage.verdict().alive()).isFalse();
    }

    @Test
    void comesBackToLifeAtTheFirstConnectedSampleAndCountsTheNextOutageAfresh() {
        outage.observe(false);
        clock.advance(Duration.ofMinutes(5));
        assertThat(outage.verdict().alive()).isFalse();

        outage.observe(true);
        assertThat(outage.verdict()).isEqualTo(new BrokerOutage.Verdict(true, Optional.empty(), GRACE));

        clock.advance(Duration.ofSeconds(1));
        outage.observe(false);
        clock.advance(Duration.ofSeconds(59));
        assertThat(outage.verdict().alive()).as("a new outage of 59 s").isTrue();
        assertThat(outage.verdict().cutOffFor()).hasValue(Duration.ofSeconds(59));
    }

    @Test
    void withNoGraceIsDeadAsSoonAsTimePassesCutOff() {
        BrokerOutage strict = new BrokerOutage(clock, Duration.ZERO);

        strict.observe(false);
        assertThat(strict.verdict().alive()).isTrue();
        clock.advance(Duration.ofMillis(1));
        assertThat(strict.verdict().alive()).isFalse();
    }

    @Test
    void refusesANegativeGrace() {
        assertThatThrownBy(() -> new BrokerOutage(clock, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1S");
    }

    /** A clock that moves only when told to. */
    private static final class ManualClock implements InstantSource {

        private Instant now = Instant.parse("2026-12-04T12:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }
}
