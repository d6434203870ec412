package dev.cutout.contract;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The AMQP basic properties Cutout's messages set or read, free of any client library: common stays
 * without amqp-client, and each service copies these onto its client's type field by field.
 *
 * @param persistent delivery mode 2 (the broker keeps the message on disk) rather than 1
 * @param headers    unmodifiable; values as an AMQP client hands them over (strings may be byte strings)
 */
public record MessageProperties(Optional<String> messageId, Optional<String> correlationId, Optional<String> replyTo,
                                Optional<String> contentType, boolean persistent, Optional<Instant> timestamp,
                                Map<String, Object> headers) {

    public MessageProperties {
        if (messageId == null || correlationId == null || replyTo == null || contentType == null || timestamp == null) {
            throw new IllegalArgumentException("absent properties are Optional.empty(), never null");
        }
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(headers));
    }

    /** The header as text, empty when absent or blank. */
    public Optional<String> header(String name) {
        return JobHeaders.text(headers, name);
    }
}
