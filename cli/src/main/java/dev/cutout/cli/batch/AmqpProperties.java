package dev.cutout.cli.batch;

import com.rabbitmq.client.AMQP;
import dev.cutout.contract.MessageProperties;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/** {@link MessageProperties} (common's client-free form) to and from the RabbitMQ client's, field by field. */
final class AmqpProperties {

    private static final int PERSISTENT = 2;
    private static final int TRANSIENT = 1;

    private AmqpProperties() {
    }

    static AMQP.BasicProperties of(MessageProperties properties) {
        return new AMQP.BasicProperties.Builder()
                .messageId(properties.messageId().orElse(null))
                .correlationId(properties.correlationId().orElse(null))
                .replyTo(properties.replyTo().orElse(null))
                .contentType(properties.contentType().orElse(null))
                .deliveryMode(properties.persistent() ? PERSISTENT : TRANSIENT)
                .timestamp(properties.timestamp().map(Date::from).orElse(null))
                .headers(properties.headers())
                .build();
    }

    static MessageProperties read(AMQP.BasicProperties properties) {
        return new MessageProperties(Optional.ofNullable(properties.getMessageId()),
                Optional.ofNullable(properties.getCorrelationId()), Optional.ofNullable(properties.getReplyTo()),
                Optional.ofNullable(properties.getContentType()),
                Integer.valueOf(PERSISTENT).equals(properties.getDeliveryMode()),
                Optional.ofNullable(properties.getTimestamp()).map(Date::toInstant).map(Instant::from),
                properties.getHeaders());
    }
}
