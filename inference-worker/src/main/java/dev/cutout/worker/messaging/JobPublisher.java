package dev.cutout.worker.messaging;

import dev.cutout.contract.AmqpMessage;
import dev.cutout.contract.EventMessage;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobMessage;
import dev.cutout.contract.Topology;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Publishes a job's events and result ({@link EventMessage}): to its reply queue through the default
 * exchange (channel {@code job-replies}) and to the {@value Topology#EVENTS_EXCHANGE} fan-out (channel
 * {@code job-events}). Both channels use publisher confirms: a returned future completes when the broker confirmed.
 */
@ApplicationScoped
public class JobPublisher {

    private final MutinyEmitter<byte[]> replies;
    private final MutinyEmitter<byte[]> events;
    private final WorkerConfig config;

    JobPublisher(@Channel("job-replies") MutinyEmitter<byte[]> replies,
                 @Channel("job-events") MutinyEmitter<byte[]> events, WorkerConfig config) {
        this.replies = replies;
        this.events = events;
        this.config = config;
    }

    /**
     * Reports for one job; events go to its {@code reply_to} (none: fan-out only), each carrying the job's
     * file name, since the reply queue keeps only the latest message and the gateway names the download from it.
     */
    public JobReporter reporter(JobMessage job) {
        return new JobReporter(this, job.replyTo(), job.fileName(), config.confirmTimeout());
    }

    /** An event, or the result, on the job's reply queue. */
    CompletableFuture<Void> toReplyQueue(String replyTo, AmqpMessage message) {
        return send(replies, message, Optional.of(replyTo));
    }

    /** The event on the fan-out every gateway replica listens to. */
    CompletableFuture<Void> toFanout(JobEvent event) {
        return send(events, EventMessage.forFanout(event), Optional.empty());
    }

    private static CompletableFuture<Void> send(MutinyEmitter<byte[]> emitter, AmqpMessage message,
                                                Optional<String> routingKey) {
        Metadata metadata = Metadata.of(RabbitMetadata.outgoing(message.properties(), routingKey));
        return emitter.sendMessage(Message.of(message.body(), metadata)).subscribeAsCompletionStage();
    }
}
