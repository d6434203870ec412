package dev.cutout.contract;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A job's events and its result as messages, written by the worker (and the gateway's QUEUED event) and
 * read by the gateway or a shop's client. Every one carries the {@link JobEvent} as JSON in header
 * {@value Topology#HEADER_EVENT} and the job id as {@code message-id} and {@code correlation-id}.
 *
 * <ul>
 *   <li>in the job's own queue ({@code reply_to}): persistent, the client's {@value Topology#HEADER_FILE_NAME}
 *       copied on; an event has its JSON as the body, the result (DONE) the image, its content type the
 *       job's {@link OutputFormat} ({@code image/png} unless the job asked for {@code format});</li>
 *   <li>on the {@value Topology#EVENTS_EXCHANGE} fan-out: transient (each replica's queue is exclusive),
 *       JSON body.</li>
 * </ul>
 */
public final class EventMessage {

    public static final String JSON = "application/json";
    public static final String PNG = "image/png";

    private EventMessage() {
    }

    /** An event for the job's queue, which keeps only its latest message. */
    public static AmqpMessage forJobQueue(JobEvent event, Optional<String> fileName) {
        return message(event, fileName, true, JSON, json(event));
    }

    /** The DONE event with the PNG, for the job's queue. */
    public static AmqpMessage result(JobEvent done, byte[] png, Optional<String> fileName) {
        return result(done, png, OutputFormat.PNG, fileName);
    }

    /** The DONE event with the result image in {@code format} (its media type is the message's content type). */
    public static AmqpMessage result(JobEvent done, byte[] image, OutputFormat format, Optional<String> fileName) {
        if (done.status() != JobStatus.DONE) {
            throw new IllegalArgumentException("only a DONE event carries a result, not " + done.status());
        }
        return message(done, fileName, true, format.mediaType(), image);
    }

    /** The format of a result message by its content type; PNG when it has none (a result from before formats). */
    public static OutputFormat format(MessageProperties properties) {
        return properties.contentType().flatMap(OutputFormat::ofMediaType).orElse(OutputFormat.PNG);
    }

    /** An event for the fan-out every gateway replica listens to. */
    public static AmqpMessage forFanout(JobEvent event) {
        return message(event, Optional.empty(), false, JSON, json(event));
    }

    /**
     * The event a message carries: header {@value Topology#HEADER_EVENT}, else a JSON body; empty when it
     * carries none (not one of ours) or an unreadable one.
     */
    public static Optional<JobEvent> read(MessageProperties properties, byte[] body) {
        try {
            Optional<String> header = properties.header(Topology.HEADER_EVENT);
            if (header.isPresent()) {
                return Optional.of(JobEventJson.read(header.get()));
            }
            if (properties.contentType().filter(JSON::equals).isPresent() && body != null) {
                return Optional.of(JobEventJson.read(new String(body, StandardCharsets.UTF_8)));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The client's file name copied onto the message, to name the download. */
    public static Optional<String> fileName(MessageProperties properties) {
        return properties.header(Topology.HEADER_FILE_NAME);
    }

    private static AmqpMessage message(JobEvent event, Optional<String> fileName, boolean persistent,
                                       String contentType, byte[] body) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(Topology.HEADER_EVENT, JobEventJson.write(event));
        fileName.ifPresent(name -> headers.put(Topology.HEADER_FILE_NAME, name));
        // AMQP timestamps count whole seconds.
        return new AmqpMessage(new MessageProperties(Optional.of(event.jobId()), Optional.of(event.jobId()),
                Optional.empty(), Optional.of(contentType), persistent,
                Optional.of(event.at().truncatedTo(ChronoUnit.SECONDS)), headers), body);
    }

    private static byte[] json(JobEvent event) {
        return JobEventJson.write(event).getBytes(StandardCharsets.UTF_8);
    }
}
