package dev.cutout.contract;

import java.io.IOException;
import java.util.Map;

/**
 * An AMQP channel as far as {@link Topology#declare} needs one, made from three of its methods so that
 * common stays free of amqp-client: {@code TopologyDeclarer.of(channel::exchangeDeclare,
 * channel::queueDeclare, channel::queueBind)}. Everything Cutout declares is durable, and no shared
 * queue is exclusive or auto-deleted; that is decided here, once.
 */
public final class TopologyDeclarer {

    private static final boolean DURABLE = true;
    private static final boolean EXCLUSIVE = false;
    private static final boolean AUTO_DELETE = false;

    /** The exchange types Cutout uses, named as AMQP names them. */
    public enum ExchangeType {
        DIRECT("direct"), FANOUT("fanout");

        private final String amqpName;

        ExchangeType(String amqpName) {
            this.amqpName = amqpName;
        }

        public String amqpName() {
            return amqpName;
        }
    }

    /** {@code exchange.declare(name, type, durable)}. */
    @FunctionalInterface
    public interface ExchangeDeclare {
        void declare(String name, String type, boolean durable) throws IOException;
    }

    /** {@code queue.declare(name, durable, exclusive, autoDelete, arguments)}. */
    @FunctionalInterface
    public interface QueueDeclare {
        void declare(String name, boolean durable, boolean exclusive, boolean autoDelete, Map<String, Object> arguments)
                throws IOException;
    }

    /** {@code queue.bind(queue, exchange, routingKey)}. */
    @FunctionalInterface
    public interface QueueBind {
        void bind(String queue, String exchange, String routingKey) throws IOException;
    }

    private final ExchangeDeclare exchange;
    private final QueueDeclare queue;
    private final QueueBind bind;

    private TopologyDeclarer(ExchangeDeclare exchange, QueueDeclare queue, QueueBind bind) {
        this.exchange = exchange;
        this.queue = queue;
        this.bind = bind;
    }

    public static TopologyDeclarer of(ExchangeDeclare exchange, QueueDeclare queue, QueueBind bind) {
        return new TopologyDeclarer(exchange, queue, bind);
    }

    void exchange(String name, ExchangeType type) throws IOException {
        exchange.declare(name, type.amqpName(), DURABLE);
    }

    void queue(String name, Map<String, Object> arguments) throws IOException {
        queue.declare(name, DURABLE, EXCLUSIVE, AUTO_DELETE, arguments);
    }

    void bind(String queueName, String exchangeName, String routingKey) throws IOException {
        bind.bind(queueName, exchangeName, routingKey);
    }
}
