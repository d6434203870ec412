package dev.cutout.contract;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The job message on {@value Topology#JOBS_QUEUE}, as the gateway (or a shop's own client) publishes it
 * and a worker reads it, dead-lettered or not: body = the image bytes (a refine job's: {@link RefineParts}),
 * {@code message-id} = the job id, {@code reply_to} = the queue for its events and result, the contract version
 * in {@value Topology#HEADER_VERSION}, options as {@code cutout-*} headers ({@link JobHeaders}). Dead letters are
 * the same message with the broker's {@code x-death} headers.
 *
 * @param jobId   the {@code message-id}; a shop's client may leave it out
 * @param replyTo where the job's events and result go; empty when absent or blank
 */
public record JobMessage(Optional<String> jobId, Optional<String> replyTo, Map<String, Object> headers) {

    /** Content type of a refine job's body ({@link RefineParts}): photo, previous result and hints. */
    public static final String REFINE_CONTENT_TYPE = "application/vnd.cutout.refine";

    /** The message for job {@code jobId}: its events and result go to {@link Topology#jobQueue}. */
    public static AmqpMessage write(String jobId, JobOptions options, String contentType, byte[] image, Instant now) {
        return write(jobId, options, contentType, JobInput.photo(image), now);
    }

    /** The same for any input; a refine's body is its {@link RefineParts}, whatever the photo's type. */
    public static AmqpMessage write(String jobId, JobOptions options, String contentType, JobInput input, Instant now) {
        Map<String, Object> headers = new HashMap<>(JobHeaders.write(options));
        headers.put(Topology.HEADER_VERSION, Topology.CONTRACT_VERSION);
        headers.putAll(RefineParts.headers(input));
        String type = input.refinement().isPresent() ? REFINE_CONTENT_TYPE : contentType;
        // AMQP timestamps count whole seconds.
        return new AmqpMessage(new MessageProperties(Optional.of(jobId), Optional.empty(),
                Optional.of(Topology.jobQueue(jobId)), Optional.of(type), true,
                Optional.of(now.truncatedTo(ChronoUnit.SECONDS)), headers), RefineParts.body(input));
    }

    public static JobMessage read(MessageProperties properties) {
        return new JobMessage(properties.messageId().filter(id -> !id.isBlank()),
                properties.replyTo().filter(queue -> !queue.isBlank()), properties.headers());
    }

    public JobMessage {
        headers = headers == null ? Map.of() : headers;
    }

    /**
     * Checks the contract version the job was written to: header {@value Topology#HEADER_VERSION}, 1 when
     * absent (clients written before the header). Read it before anything else: the rest of a message of
     * another version may mean something else.
     *
     * @throws InvalidOptionsException when the header is not a whole number or names a version other than
     *                                 {@link Topology#CONTRACT_VERSION}
     */
    public void requireKnownContract() {
        Optional<String> text = JobHeaders.text(headers, Topology.HEADER_VERSION).map(String::trim);
        int version;
        try {
            version = text.map(Integer::parseInt).orElse(Topology.CONTRACT_VERSION);
        } catch (NumberFormatException e) {
            throw new InvalidOptionsException("Header " + Topology.HEADER_VERSION
                    + " must be the contract version, a whole number, not '" + text.get() + "'");
        }
        if (version != Topology.CONTRACT_VERSION) {
            throw new InvalidOptionsException("Header " + Topology.HEADER_VERSION + " names contract version " + version
                    + "; this worker reads version " + Topology.CONTRACT_VERSION + " only");
        }
    }

    /** @throws InvalidOptionsException naming the header when a value is malformed */
    public JobOptions options() {
        return JobHeaders.read(headers);
    }

    /**
     * The photo (and, for a refine job, its refinement) in this message's {@code body}.
     *
     * @throws InvalidOptionsException naming the header when a refine's headers cannot be read
     */
    public JobInput input(byte[] body) {
        return RefineParts.read(headers, body);
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
