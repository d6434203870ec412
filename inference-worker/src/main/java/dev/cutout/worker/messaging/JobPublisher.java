package dev.cutout.worker.messaging;

import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobEventJson;
import dev.cutout.contract.Topology;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Publishes a job's events and result: to its reply queue through the default exchange (channel
 * {@code job-replies}) and to the {@value Topology#EVENTS_EXCHANGE} fan-out (channel {@code job-events}).
 * Both channels use publisher confirms: a returned future completes when the broker confirmed.
 */
@ApplicationScoped
public class JobPublisher {

    static final String JSON = "application/json";
    static final String PNG = "image/png";
    private static final int PERSISTENT = 2;

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
     * Reports for one job; {@code replyTo} empty when the client gave no reply queue (fan-out only).
     * {@code jobHeaders} are the job message's headers: its file name travels on to every reply, since
     * the reply queue keeps only the latest message and the gateway names the download from it.
     */
    public JobReporter reporter(Optional<String> replyTo, Map<String, ?> jobHeaders) {
        Optional<String> fileName = Optional.ofNullable(jobHeaders)
                .map(headers -> headers.get(Topology.HEADER_FILE_NAME))
                .map(Object::toString);
        return new JobReporter(this, replyTo, fileName, config.confirmTimeout());
    }

    /** The event as a small message on the reply queue: the JSON in a header and as the body. */
    CompletableFuture<Void> toReplyQueue(String replyTo, Optional<String> fileName, JobEvent event) {
        byte[] json = JobEventJson.write(event).getBytes(StandardCharsets.UTF_8);
        return toReplyQueue(replyTo, fileName, event, json, JSON);
    }

    /** The result on the reply queue: the PNG as the body, the DONE event in the header. */
    CompletableFuture<Void> toReplyQueue(String replyTo, Optional<String> fileName, JobEvent event, byte[] body,
                                         String contentType) {
        OutgoingRabbitMQMetadata.Builder metadata = new OutgoingRabbitMQMetadata.Builder()
                .withRoutingKey(replyTo)
                .withHeader(Topology.HEADER_EVENT, JobEventJson.write(event))
                .withCorrelationId(event.jobId())
                .withContentType(contentType)
                .withDeliveryMode(PERSISTENT);
        fileName.ifPresent(name -> metadata.withHeader(Topology.HEADER_FILE_NAME, name));
        return replies.sendMessage(Message.of(body, Metadata.of(metadata.build()))).subscribeAsCompletionStage();
    }

    /** The event on the fan-out every gateway replica listens to: JSON body. */
    CompletableFuture<Void> toFanout(JobEvent event) {
        String json = JobEventJson.write(event);
        OutgoingRabbitMQMetadata metadata = new OutgoingRabbitMQMetadata.Builder()
                .withHeader(Topology.HEADER_EVENT, json)
                .withCorrelationId(event.jobId())
                .withContentType(JSON)
                .build();
        return events.sendMessage(Message.of(json.getBytes(StandardCharsets.UTF_8), Metadata.of(metadata)))
                .subscribeAsCompletionStage();
    }
}
