package dev.cutout.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobStatus;
import dev.cutout.gateway.jobs.BrokerUnavailableException;
import dev.cutout.gateway.jobs.JobState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class StreamExpiryTest {

    private static final Duration RETENTION = Duration.ofMinutes(15);
    private static final Duration RETRY = Duration.ofSeconds(15);
    private static final Instant START = Instant.parse("2025-01-01T12:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final AtomicReference<JobState> broker = new AtomicReference<>();
    private final StreamExpiry expiry = new StreamExpiry(RETENTION, RETRY, clock, id -> {
        JobState state = broker.get();
        if (state == null) {
            throw new BrokerUnavailableException("broker down");
        }
        return state;
    });

    @Test
    void waitsUntilTheLastEventIsARetentionOld() {
        JobEvent inferring = event(JobStatus.INFERRING, START);
        clock.move(Duration.ofMinutes(10));
        assertThat(expiry.check(inferring)).isEqualTo(new StreamExpiry.Verdict.Wait(Duration.ofMinutes(5)));
    }

    @Test
    void aJobTheBrokerForgotEndsTheStreamAsFailedWithTimeout() {
        JobEvent inferring = event(JobStatus.INFERRING, START);
        broker.set(new JobState.Expired("j"));
        clock.move(RETENTION.plusMillis(1));
        StreamExpiry.Verdict verdict = expiry.check(inferring);
        assertThat(verdict).isInstanceOf(StreamExpiry.Verdict.Outlived.class);
        JobEvent failed = ((StreamExpiry.Verdict.Outlived) verdict).failed();
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.jobId()).isEqualTo("j");
        assertThat(failed.at()).isEqualTo(clock.instant());
        assertThat(failed.failure().orElseThrow().code()).isEqualTo(ErrorCode.TIMEOUT);
        assertThat(failed.failure().orElseThrow().message()).contains("outlived its retention of 900 s");
    }

    @Test
    void aJobWhoseQueueIsGoneAlsoEndsTheStream() {
        JobEvent queued = event(JobStatus.QUEUED, START);
        clock.move(RETENTION);
        broker.set(new JobState.Unknown("j"));
        assertThat(expiry.check(queued)).isInstanceOf(StreamExpiry.Verdict.Outlived.class);
    }

    @Test
    void anEventTheBrokerStillHasIsNotExpiredYetSoItAsksAgainLater() {
        JobEvent queued = event(JobStatus.QUEUED, START);
        clock.move(RETENTION);
        broker.set(new JobState.Known(queued));
        assertThat(expiry.check(queued)).isEqualTo(new StreamExpiry.Verdict.Wait(RETRY));
        broker.set(new JobState.Expired("j"));
        clock.move(RETRY);
        assertThat(expiry.check(queued)).isInstanceOf(StreamExpiry.Verdict.Outlived.class);
    }

    @Test
    void aNewerStateTheStreamMissedIsSentInstead() {
        JobEvent inferring = event(JobStatus.INFERRING, START);
        JobEvent done = event(JobStatus.DONE, START.plus(Duration.ofMinutes(14)));
        broker.set(new JobState.Known(done));
        clock.move(RETENTION);
        assertThat(expiry.check(inferring)).isEqualTo(new StreamExpiry.Verdict.Newer(done));
    }

    @Test
    void aBrokerThatDoesNotAnswerIsAskedAgainLater() {
        JobEvent inferring = event(JobStatus.INFERRING, START);
        clock.move(RETENTION.plusSeconds(1));
        assertThat(expiry.check(inferring)).isEqualTo(new StreamExpiry.Verdict.Wait(RETRY));
    }

    private static JobEvent event(JobStatus status, Instant at) {
        return new JobEvent(JobEvent.VERSION, "j", status, status.progress(), Optional.empty(), at, Optional.empty());
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
