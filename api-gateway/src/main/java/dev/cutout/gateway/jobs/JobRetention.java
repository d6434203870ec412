package dev.cutout.gateway.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Answers, from a job id and the clock alone, whether the id is one of ours and whether its
 * retention has passed: what lets every broker tell 410 (expired) from 404 (unknown).
 */
public final class JobRetention {

    /** Ids claiming a creation time further ahead than this are not ours. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final Duration retention;
    private final Clock clock;

    public JobRetention(Duration retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    /** When the id was issued; empty for anything that is not an id of ours. */
    public Optional<Instant> issuedAt(String jobId) {
        return JobIds.createdAt(jobId).filter(at -> at.isBefore(clock.instant().plus(CLOCK_SKEW)));
    }

    public boolean expired(Instant issued) {
        return issued.plus(retention).isBefore(clock.instant());
    }

    /** The answer for a job the broker no longer has: expired when its id is past the retention, else unknown. */
    public JobState gone(String jobId) {
        return issuedAt(jobId).filter(this::expired).isPresent()
                ? new JobState.Expired(jobId)
                : new JobState.Unknown(jobId);
    }
}
