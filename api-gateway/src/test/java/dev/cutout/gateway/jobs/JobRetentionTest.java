package dev.cutout.gateway.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JobRetentionTest {

    private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");
    private final JobRetention retention =
            new JobRetention(Duration.ofMinutes(15), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aGoneJobPastItsRetentionIsExpired() {
        String id = JobIds.next(NOW.minus(Duration.ofMinutes(16)));

        assertThat(retention.gone(id)).isEqualTo(new JobState.Expired(id));
    }

    @Test
    void aGoneJobWithinItsRetentionWasDeletedSoItIsUnknown() {
        String id = JobIds.next(NOW.minus(Duration.ofMinutes(5)));

        assertThat(retention.gone(id)).isEqualTo(new JobState.Unknown(id));
    }

    @Test
    void idsFromTheFutureOrNotOfOursAreUnknown() {
        String future = JobIds.next(NOW.plus(Duration.ofHours(1)));

        assertThat(retention.issuedAt(future)).isEmpty();
        assertThat(retention.gone(future)).isEqualTo(new JobState.Unknown(future));
        assertThat(retention.gone("../../etc/passwd")).isEqualTo(new JobState.Unknown("../../etc/passwd"));
    }
}
