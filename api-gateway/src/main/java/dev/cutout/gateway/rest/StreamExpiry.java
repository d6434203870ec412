package dev.cutout.gateway.rest;

import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobFailure;
import dev.cutout.contract.JobStatus;
import dev.cutout.gateway.jobs.BrokerUnavailableException;
import dev.cutout.gateway.jobs.JobState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides when an event stream whose job has gone quiet must stop waiting. A job's latest event lives in its
 * queue for one retention; once the last event the stream sent is that old, the broker has forgotten the job
 * and no later event can be read back, so the stream looks once more and either sends the newer state it finds
 * or ends with a {@code failed} event (code TIMEOUT) instead of hanging.
 */
final class StreamExpiry {

    /** What the stream does now. */
    sealed interface Verdict {
        /**
         * The last event is younger than the retention, or the broker did not answer, or it still has the event:
         * look again after {@code left}.
         */
        record Wait(Duration left) implements Verdict {
        }

        /** The broker has a newer state than the stream sent: send it. */
        record Newer(JobEvent event) implements Verdict {
        }

        /** The job outlived its retention: send this failed event and end the stream. */
        record Outlived(JobEvent failed) implements Verdict {
        }
    }

    private final Duration retention;
    private final Duration retryAfter;
    private final Clock clock;
    private final Function<String, JobState> states;

    /** {@code retryAfter}: when to look again after a read that did not settle it (broker down, event not expired yet). */
    StreamExpiry(Duration retention, Duration retryAfter, Clock clock, Function<String, JobState> states) {
        this.retention = retention;
        this.retryAfter = retryAfter;
        this.clock = clock;
        this.states = states;
    }

    /** {@code last}: the last event the stream sent (never a terminal one: the stream has ended after those). */
    Verdict check(JobEvent last) {
        Duration left = Duration.between(clock.instant(), last.at().plus(retention));
        if (!left.isNegative() && !left.isZero()) {
            return new Verdict.Wait(left);
        }
        JobState state;
        try {
            state = states.apply(last.jobId());
        } catch (BrokerUnavailableException e) {
            return new Verdict.Wait(retryAfter);
        }
        if (state instanceof JobState.Known known) {
            // Still readable (the broker's clock or the worker's differs a little from ours): not expired yet.
            return known.event().at().isAfter(last.at()) ? new Verdict.Newer(known.event()) : new Verdict.Wait(retryAfter);
        }
        return new Verdict.Outlived(outlived(last.jobId()));
    }

    private JobEvent outlived(String jobId) {
        JobFailure failure = new JobFailure(ErrorCode.TIMEOUT, "The job outlived its retention of " + words(retention)
                + ": no news of it came for that long, and its status is no longer kept");
        return new JobEvent(JobEvent.VERSION, jobId, JobStatus.FAILED, JobStatus.FAILED.progress(), Optional.of(failure),
                clock.instant(), Optional.empty());
    }

    private static String words(Duration retention) {
        return retention.toSeconds() + " s";
    }
}
