package dev.cutout.worker.messaging;

import dev.cutout.contract.MessageProperties;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Optional;

/**
 * Common's {@link MessageProperties} as the connector's metadata and back, field by field; what a
 * message holds is decided in {@code dev.cutout.contract} ({@code JobMessage}, {@code EventMessage}).
 */
final class RabbitMetadata {

    private static final int PERSISTENT = 2;
    private static final int TRANSIENT = 1;

    private RabbitMetadata() {
    }

    /** @param routingKey the reply queue (through the default exchange), or empty for the channel's exchange */
    static OutgoingRabbitMQMetadata outgoing(MessageProperties properties, Optional<String> routingKey) {
        OutgoingRabbitMQMetadata.Builder metadata = new OutgoingRabbitMQMetadata.Builder()
                .withHeaders(new HashMap<>(properties.headers()))
                .withDeliveryMode(properties.persistent() ? PERSISTENT : TRANSIENT);
        routingKey.ifPresent(metadata::withRoutingKey);
        properties.messageId().ifPresent(metadata::withMessageId);
        properties.correlationId().ifPresent(metadata::withCorrelationId);
        properties.replyTo().ifPresent(metadata::withReplyTo);
        properties.contentType().ifPresent(metadata::withContentType);
        properties.timestamp().map(at -> at.atZone(ZoneOffset.UTC)).ifPresent(metadata::withTimestamp);
        return metadata.build();
    }

    static MessageProperties incoming(IncomingRabbitMQMetadata metadata) {
        return new MessageProperties(metadata.getMessageId(), metadata.getCorrelationId(), metadata.getReplyTo(),
                metadata.getContentType(), metadata.getDeliveryMode().filter(mode -> mode == PERSISTENT).isPresent(),
                metadata.getTimestamp(ZoneOffset.UTC).map(ZonedDateTime::toInstant), metadata.getHeaders());
    }
}
