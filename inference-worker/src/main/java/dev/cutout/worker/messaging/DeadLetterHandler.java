package dev.cutout.worker.messaging;

import dev.cutout.contract.DeathReason;
import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobMessage;
import dev.cutout.engine.jobs.JobOutcome;
import dev.cutout.worker.metrics.JobMetrics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Turns dead jobs ({@code cutout.jobs.dead}) into the failed event their client waits for, then
 * acknowledges them so the image leaves the broker. Rejected jobs were reported by the worker already.
 */
@ApplicationScoped
public class DeadLetterHandler {

    static final String DELIVERY_LIMIT_MESSAGE = "The worker failed on this image 3 times; it was not processed";
    static final String EXPIRED_MESSAGE = "No worker took this job within the retention time";

    private static final Logger LOG = Logger.getLogger(DeadLetterHandler.class);

    private final JobPublisher publisher;
    private final JobMetrics metrics;

    DeadLetterHandler(JobPublisher publisher, JobMetrics metrics) {
        this.publisher = publisher;
        this.metrics = metrics;
    }

    @Incoming("dead-jobs")
    @Blocking("cutout-dead-jobs")
    public CompletionStage<Void> handle(Message<byte[]> message) {
        IncomingRabbitMQMetadata amqp = message.getMetadata(IncomingRabbitMQMetadata.class).orElseThrow();
        JobMessage dead = JobMessage.read(RabbitMetadata.incoming(amqp));
        String jobId = dead.jobId().orElse("(no message-id)");
        try {
            switch (dead.deathReason()) {
                case DELIVERY_LIMIT -> report(dead, JobEvent.failed(jobId, ErrorCode.INTERNAL, DELIVERY_LIMIT_MESSAGE));
                case EXPIRED -> report(dead, JobEvent.failed(jobId, ErrorCode.TIMEOUT, EXPIRED_MESSAGE));
                case REJECTED -> LOG.debugf("dead job %s was rejected and reported by the worker", jobId);
                case UNKNOWN -> LOG.warnf("dead job %s with unexpected x-death %s: dropped", jobId,
                        dead.headers().get(DeathReason.X_DEATH));
            }
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf(e, "could not report dead job %s; back to the dead-letter queue", jobId);
            return message.nack(e, Metadata.of(new RabbitMQRejectMetadata(true)));
        }
    }

    private void report(JobMessage dead, JobEvent failed) {
        publisher.reporter(dead).finish(new JobOutcome.Failed(failed));
        failed.failure().ifPresent(failure -> metrics.failed(failure.code()));
        LOG.infof("dead job %s reported failed: %s", failed.jobId(), failed.failure().orElseThrow().code());
    }
}
