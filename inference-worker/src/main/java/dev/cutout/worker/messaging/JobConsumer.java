package dev.cutout.worker.messaging;

import dev.cutout.contract.InvalidOptionsException;
import dev.cutout.contract.JobInput;
import dev.cutout.contract.JobMessage;
import dev.cutout.contract.JobOptions;
import dev.cutout.engine.jobs.JobOutcome;
import dev.cutout.engine.jobs.JobProcessor;
import dev.cutout.engine.jobs.JobRequest;
import dev.cutout.worker.metrics.JobMetrics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Takes jobs from {@code cutout.jobs} and settles each one: acknowledged once its result is confirmed
 * (or when nobody waits for it any more), rejected without requeue on bad input, an unknown contract
 * version included (it dead-letters as {@code rejected}, already reported), requeued on any other error
 * (the quorum queue counts it and dead-letters it as {@code delivery_limit} after the third delivery).
 */
@ApplicationScoped
public class JobConsumer {

    private static final Logger LOG = Logger.getLogger(JobConsumer.class);
    private static final String NO_REPLY_TO = "reply_to is required: the queue that receives this job's events and result";

    private final JobProcessor processor;
    private final JobPublisher publisher;
    private final BrokerConnection broker;
    private final InFlightJobs inFlight;
    private final JobMetrics metrics;

    JobConsumer(JobProcessor processor, JobPublisher publisher, BrokerConnection broker, InFlightJobs inFlight,
                JobMetrics metrics) {
        this.processor = processor;
        this.publisher = publisher;
        this.broker = broker;
        this.inFlight = inFlight;
        this.metrics = metrics;
    }

    @Incoming("jobs")
    @Blocking(value = "cutout-jobs", ordered = false)
    public CompletionStage<Void> consume(Message<byte[]> message) {
        if (!inFlight.admit()) {
            // Shutting down: left unacknowledged, the broker hands it to another worker when we disconnect.
            return new CompletableFuture<>();
        }
        try {
            return settle(message);
        } finally {
            inFlight.release();
        }
    }

    private CompletionStage<Void> settle(Message<byte[]> message) {
        IncomingRabbitMQMetadata amqp = message.getMetadata(IncomingRabbitMQMetadata.class).orElseThrow();
        JobMessage job = JobMessage.read(RabbitMetadata.incoming(amqp));
        String jobId = jobId(job);
        JobReporter reporter = publisher.reporter(job);
        JobOptions options;
        JobInput input;
        try {
            job.requireKnownContract();
            options = job.options();
            input = job.input(message.getPayload());
        } catch (InvalidOptionsException e) {
            return refuse(message, reporter, JobProcessor.invalidOptions(jobId, e));
        }
        Optional<String> replyTo = job.replyTo();
        if (replyTo.isEmpty()) {
            return refuse(message, reporter, JobProcessor.invalidOptions(jobId, new InvalidOptionsException(NO_REPLY_TO)));
        }
        try {
            if (!broker.queueExists(replyTo.get())) {
                LOG.infof("job %s skipped: its reply queue %s no longer exists (deleted by the client)", jobId,
                        replyTo.get());
                metrics.skipped();
                return message.ack();
            }
            JobOutcome outcome = processor.process(new JobRequest(jobId, options, input),
                    reporter::progress);
            if (outcome instanceof JobOutcome.Failed failed) {
                return refuse(message, reporter, failed);
            }
            JobOutcome.Done done = (JobOutcome.Done) outcome;
            reporter.finish(done);
            metrics.completed(done.timings());
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf(e, "job %s failed unexpectedly (redelivered: %s); back to the queue", jobId, amqp.isRedeliver());
            metrics.requeued();
            return message.nack(e, Metadata.of(new RabbitMQRejectMetadata(true)));
        }
    }

    /** A typed failure: reported, then rejected without requeue, so it dead-letters as {@code rejected}. */
    private CompletionStage<Void> refuse(Message<byte[]> message, JobReporter reporter, JobOutcome.Failed failed) {
        reporter.finish(failed);
        failed.event().failure().ifPresent(failure -> metrics.failed(failure.code()));
        return message.nack(new JobRefusedException(failed), Metadata.of(new RabbitMQRejectMetadata(false)));
    }

    private static String jobId(JobMessage job) {
        return job.jobId().orElseGet(() -> {
            String generated = UUID.randomUUID().toString();
            LOG.infof("job without message-id: calling it %s", generated);
            return generated;
        });
    }
}
