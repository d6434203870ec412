package dev.cutout.worker.messaging;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import dev.cutout.contract.Topology;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Declares the worker's side of the topology with {@link Topology}'s exact argument maps, before the
 * channels start consuming (the connector's own declarations are off). The gateway declares the same
 * names with the same maps; a difference would fail both with PRECONDITION_FAILED.
 */
@ApplicationScoped
public class BrokerTopology {

    private static final Logger LOG = Logger.getLogger(BrokerTopology.class);
    private static final boolean DURABLE = true;
    private static final boolean EXCLUSIVE = false;
    private static final boolean AUTO_DELETE = false;

    private final BrokerConnection broker;
    private final WorkerConfig config;

    BrokerTopology(BrokerConnection broker, WorkerConfig config) {
        this.broker = broker;
        this.config = config;
    }

    void declareOnStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE - 10) StartupEvent event)
            throws IOException, TimeoutException {
        try (Channel channel = broker.openChannel()) {
            declare(channel, config.retention());
        }
        LOG.infof("declared %s -> %s, %s -> %s, %s (retention %s)", Topology.JOBS_EXCHANGE, Topology.JOBS_QUEUE,
                Topology.DEAD_LETTER_EXCHANGE, Topology.DEAD_LETTER_QUEUE, Topology.EVENTS_EXCHANGE,
                config.retention());
    }

    /** Exchanges, queues and bindings the worker consumes from or publishes to. */
    public static void declare(Channel channel, Duration retention) throws IOException {
        channel.exchangeDeclare(Topology.JOBS_EXCHANGE, BuiltinExchangeType.DIRECT, DURABLE);
        channel.exchangeDeclare(Topology.DEAD_LETTER_EXCHANGE, BuiltinExchangeType.FANOUT, DURABLE);
        channel.exchangeDeclare(Topology.EVENTS_EXCHANGE, BuiltinExchangeType.FANOUT, DURABLE);
        queue(channel, Topology.JOBS_QUEUE, Topology.jobsQueueArguments(retention));
        queue(channel, Topology.DEAD_LETTER_QUEUE, Topology.deadLetterQueueArguments(retention));
        channel.queueBind(Topology.JOBS_QUEUE, Topology.JOBS_EXCHANGE, Topology.JOBS_ROUTING_KEY);
        channel.queueBind(Topology.DEAD_LETTER_QUEUE, Topology.DEAD_LETTER_EXCHANGE, "");
    }

    private static void queue(Channel channel, String name, Map<String, Object> arguments) throws IOException {
        channel.queueDeclare(name, DURABLE, EXCLUSIVE, AUTO_DELETE, arguments);
    }
}
