package dev.cutout.gateway.jobs;

import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobFailure;
import dev.cutout.contract.JobStatus;
import dev.cutout.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for a job to end, woken by this replica's fan-out events and reading the job's queue every
 * poll interval in case an event was missed (say, during a reconnect).
 */
@ApplicationScoped
public class JobWaiter {

    /** How a wait ended. */
    public sealed interface Outcome {
        record Done(JobResult result) implements Outcome {
        }

        record Failed(JobFailure failure) implements Outcome {
        }

        record TimedOut(Duration waited) implements Outcome {
        }

        /** Deleted (or expired) while we waited. */
        record Gone(JobState state) implements Outcome {
        }
    }

    private static final Duration RECHECK_AFTER_EVENT = Duration.ofMillis(50);

    private final JobBroker broker;
    private final GatewayConfig config;

    JobWaiter(JobBroker broker, GatewayConfig config) {
        this.broker = broker;
        this.config = config;
    }

    public Outcome await(String jobId, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        CompletableFuture<JobEvent> ended = new CompletableFuture<>();
        try (AutoCloseable subscription = broker.subscribe(jobId, event -> {
            if (event.status().terminal()) {
                ended.complete(event);
            }
        })) {
            while (true) {
                JobState state = broker.result(jobId);
                if (state instanceof JobState.Ready ready) {
                    return new Outcome.Done(ready.result());
                }
                if (state instanceof JobState.Known known && known.event().status() == JobStatus.FAILED) {
                    return new Outcome.Failed(known.event().failure().orElseThrow());
                }
                if (state instanceof JobState.Unknown || state instanceof JobState.Expired) {
                    return new Outcome.Gone(state);
                }
                Duration left = Duration.between(Instant.now(), deadline);
                if (left.isNegative() || left.isZero()) {
                    return new Outcome.TimedOut(timeout);
                }
                sleepUntilEvent(ended, min(left, config.syncPollInterval()));
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("closing an event subscription failed", e);
        }
    }

    private static void sleepUntilEvent(CompletableFuture<JobEvent> ended, Duration max) {
        try {
            if (ended.isDone()) {
                // The end was announced but its message is not readable yet: back off instead of spinning.
                Thread.sleep(Math.min(max.toMillis(), RECHECK_AFTER_EVENT.toMillis()));
                return;
            }
            ended.get(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // poll the queue again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("interrupted while waiting for the job", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
