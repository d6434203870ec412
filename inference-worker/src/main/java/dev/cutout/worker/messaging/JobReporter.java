package dev.cutout.worker.messaging;

import dev.cutout.contract.AmqpMessage;
import dev.cutout.contract.EventMessage;
import dev.cutout.contract.JobEvent;
import dev.cutout.engine.jobs.JobOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One job's events, in order. Each event goes out once the broker confirmed the one before: two sends
 * on the messaging connector may otherwise overtake each other (seen: a job's first INFERRING arrived
 * before its DECODING, on the worker's first job, under load), and a confirm costs milliseconds against a
 * stage's hundreds. The final message waits likewise (the reply queue keeps only its latest message, so
 * nothing may overtake the result) and then until itself is confirmed: only then may the job be acknowledged.
 */
public final class JobReporter {

    private final JobPublisher publisher;
    private final Optional<String> replyTo;
    private final Optional<String> fileName;
    private final Duration confirmTimeout;
    private final List<CompletableFuture<Void>> unconfirmed = new ArrayList<>();

    JobReporter(JobPublisher publisher, Optional<String> replyTo, Optional<String> fileName, Duration confirmTimeout) {
        this.publisher = publisher;
        this.replyTo = replyTo;
        this.fileName = fileName;
        this.confirmTimeout = confirmTimeout;
    }

    public void progress(JobEvent event) {
        awaitConfirms();
        replyTo.ifPresent(queue -> unconfirmed.add(publisher.toReplyQueue(queue,
                EventMessage.forJobQueue(event, fileName))));
        unconfirmed.add(publisher.toFanout(event));
    }

    /** Publishes the result (DONE) or the failure and returns once the broker confirmed everything. */
    public void finish(JobOutcome outcome) {
        awaitConfirms();
        AmqpMessage last = outcome instanceof JobOutcome.Done done
                ? EventMessage.result(done.event(), done.png(), done.format(), fileName)
                : EventMessage.forJobQueue(outcome.event(), fileName);
        replyTo.ifPresent(queue -> unconfirmed.add(publisher.toReplyQueue(queue, last)));
        // The result must be safely in the job's queue before any gateway tells a client "done".
        awaitConfirms();
        unconfirmed.add(publisher.toFanout(outcome.event()));
        awaitConfirms();
    }

    /** @throws UnconfirmedPublishException when the broker refused a message or did not answer in time */
    private void awaitConfirms() {
        try {
            CompletableFuture.allOf(unconfirmed.toArray(CompletableFuture[]::new))
                    .get(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
            unconfirmed.clear();
        } catch (ExecutionException e) {
            throw new UnconfirmedPublishException("the broker did not confirm a job message", e.getCause());
        } catch (TimeoutException e) {
            throw new UnconfirmedPublishException("no publisher confirm within " + confirmTimeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnconfirmedPublishException("interrupted while waiting for publisher confirms", e);
        }
    }
}
