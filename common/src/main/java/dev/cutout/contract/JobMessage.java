package dev.cutout.contract;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The job message on {@value Topology#JOBS_QUEUE}, as the gateway (or a shop's own client) publishes it
 * and a worker reads it, dead-lettered or not: body = the image bytes, {@code message-id} = the job id,
 * {@code reply_to} = the queue for its events and result, options as {@code cutout-*} headers
 * ({@link JobHeaders}). Dead letters are the same message with the broker's {@code x-death} headers.
 *
 * @param jobId   the {@code message-id}; a shop's client may leave it out
 * @param replyTo where the job's events and result go; empty when absent or blank
 */
public record JobMessage(Optional<String> jobId, Optional<String> replyTo, Map<String, Object> headers) {

    /** The message for job {@code jobId}: its events and result go to {@link Topology#jobQueue}. */
    public static AmqpMessage write(String jobId, JobOptions options, String contentType, byte[] image, Instant now) {
        // AMQP timestamps count whole seconds.
        return new AmqpMessage(new MessageProperties(Optional.of(jobId), Optional.empty(),
                Optional.of(Topology.jobQueue(jobId)), Optional.of(contentType), true,
                Optional.of(now.truncatedTo(ChronoUnit.SECONDS)), JobHeaders.write(options)), image);
    }

    public static JobMessage read(MessageProperties properties) {
        return new JobMessage(properties.messageId().filter(id -> !id.isBlank()),
                properties.replyTo().filter(queue -> !queue.isBlank()), properties.headers());
    }

    public JobMessage {
        headers = headers == null ? Map.of() : headers;
    }

    /** @throws InvalidOptionsException naming the header when a value is malformed */
    public JobOptions options() {
        return JobHeaders.read(headers);
    }

    /** The client's file name: the worker copies it onto every reply so the gateway can name the download. */
    public Optional<String> fileName() {
        return JobHeaders.text(headers, JobOption.FILE_NAME.header());
    }

    /** Why the broker dead-lettered this job; {@link DeathReason#UNKNOWN} on a job that is not a dead letter. */
    public DeathReason deathReason() {
        return DeathReason.of(headers);
    }
}
