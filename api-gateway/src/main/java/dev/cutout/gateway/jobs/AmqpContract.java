package dev.cutout.gateway.jobs;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BasicProperties;
import com.rabbitmq.client.Channel;
import dev.cutout.contract.MessageProperties;
import dev.cutout.contract.TopologyDeclarer;
import java.util.Date;
import java.util.Optional;

/**
 * Common's contract on amqp-client: {@link MessageProperties} as the client's properties and back, field
 * by field, and {@link TopologyDeclarer} over a channel. What a message holds and what is declared is
 * decided in {@code dev.cutout.contract} ({@code JobMessage}, {@code EventMessage}, {@code Topology}).
 */
public final class AmqpContract {

    private static final int PERSISTENT = 2;
    private static final int TRANSIENT = 1;

    private AmqpContract() {
    }

    public static AMQP.BasicProperties of(MessageProperties properties) {
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

    /** {@link dev.cutout.contract.Topology}'s declarations on this channel. */
    static TopologyDeclarer declarer(Channel channel) {
        return TopologyDeclarer.of(channel::exchangeDeclare, channel::queueDeclare, channel::queueBind);
    }

    public static MessageProperties from(BasicProperties properties) {
        return new MessageProperties(Optional.ofNullable(properties.getMessageId()),
                Optional.ofNullable(properties.getCorrelationId()), Optional.ofNullable(properties.getReplyTo()),
                Optional.ofNullable(properties.getContentType()),
                properties.getDeliveryMode() != null && properties.getDeliveryMode() == PERSISTENT,
                Optional.ofNullable(properties.getTimestamp()).map(Date::toInstant), properties.getHeaders());
    }
}
