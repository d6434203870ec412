package dev.cutout.gateway.jobs;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.impl.recovery.RecordedBinding;
import com.rabbitmq.client.impl.recovery.RecordedExchange;
import com.rabbitmq.client.impl.recovery.RecordedQueue;
import com.rabbitmq.client.impl.recovery.TopologyRecoveryFilter;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;
import dev.cutout.contract.EventMessage;
import dev.cutout.contract.Topology;
import dev.cutout.gateway.config.GatewayConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * This replica's one connection to RabbitMQ. Automatic connection and topology recovery heal a
 * broker restart (the server-named event queue, its binding and consumer come back by themselves).
 * The first connect is retried on use, so a gateway started before the broker becomes ready later.
 */
final class RabbitConnection implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RabbitConnection.class);
    private static final Duration RECOVERY_INTERVAL = Duration.ofSeconds(2);

    private final GatewayConfig config;
    private final ConnectionFactory factory;
    private final EventDispatcher dispatcher;
    private volatile Connection connection;

    RabbitConnection(GatewayConfig config, EventDispatcher dispatcher) {
        this.config = config;
        this.dispatcher = dispatcher;
        GatewayConfig.Rabbitmq rabbit = config.rabbitmq();
        factory = new ConnectionFactory();
        factory.setHost(rabbit.host());
        factory.setPort(rabbit.port());
        factory.setUsername(rabbit.username());
        factory.setPassword(rabbit.password());
        factory.setVirtualHost(rabbit.virtualHost());
        factory.setAutomaticRecoveryEnabled(true);
        factory.setTopologyRecoveryEnabled(true);
        // Durable objects survive a broker restart; only this replica's own event queue, its binding and
        // consumer need recovering (replaying the other declarations fails on long-closed channels).
        factory.setTopologyRecoveryFilter(new TopologyRecoveryFilter() {
            @Override
            public boolean filterExchange(RecordedExchange exchange) {
                return false;
            }

            @Override
            public boolean filterQueue(RecordedQueue queue) {
                return queue.isServerNamed();
            }

            @Override
            public boolean filterBinding(RecordedBinding binding) {
                return binding.getSource().equals(rabbit.eventsExchange());
            }
        });
        factory.setNetworkRecoveryInterval(RECOVERY_INTERVAL.toMillis());
    }

    /**
     * A new channel; channels are not thread-safe, so each operation opens (and closes) its own.
     *
     * @throws BrokerUnavailableException while the connection is down or recovering (answered 503, retry later)
     */
    Channel channel() throws IOException {
        try {
            return connection().createChannel();
        } catch (ShutdownSignalException e) {
            throw new BrokerUnavailableException("the broker connection is recovering: " + e.getMessage(), e);
        }
    }

    boolean isOpen() {
        Connection c = connection;
        return c != null && c.isOpen();
    }

    private Connection connection() {
        Connection c = connection;
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (connection == null) {
                connection = open();
            }
            return connection;
        }
    }

    /** Connects now if possible; a failure is logged and retried on the next use. */
    void tryConnect() {
        try {
            connection();
        } catch (BrokerUnavailableException e) {
            LOG.warnf("RabbitMQ not reachable yet (%s); will retry on first use", e.getMessage());
        }
    }

    private Connection open() {
        GatewayConfig.Rabbitmq rabbit = config.rabbitmq();
        try {
            Connection c = factory.newConnection("cutout-gateway");
            try (Channel channel = c.createChannel()) {
                declareTopology(channel);
            }
            subscribeToEvents(c.createChannel());
            LOG.infof("connected to RabbitMQ at %s:%d", rabbit.host(), rabbit.port());
            return c;
        } catch (IOException | TimeoutException e) {
            throw new BrokerUnavailableException(
                    "RabbitMQ at " + rabbit.host() + ":" + rabbit.port() + " is not reachable: " + e.getMessage(), e);
        }
    }

    /** The worker runs the same declaration ({@link Topology#declare}); declaring twice is harmless. */
    private void declareTopology(Channel channel) throws IOException {
        GatewayConfig.Rabbitmq rabbit = config.rabbitmq();
        Topology.Exchanges exchanges = new Topology.Exchanges(rabbit.jobsExchange(), rabbit.jobsRoutingKey(),
                rabbit.eventsExchange());
        if (rabbit.declareJobsTopology()) {
            Topology.JobsQueue jobsQueue = new Topology.JobsQueue(config.retention(), config.maxQueuedJobs());
            try {
                Topology.declare(AmqpContract.declarer(channel), exchanges, jobsQueue);
            } catch (IOException e) {
                if (Topology.isArgumentMismatch(e)) {
                    throw new IOException(Topology.mismatchAdvice(jobsQueue), e);
                }
                throw e;
            }
        } else {
            Topology.declareEvents(AmqpContract.declarer(channel), exchanges);
        }
    }

    /** This replica's own exclusive queue on the events fan-out: live events for SSE and sync waits. */
    private void subscribeToEvents(Channel channel) throws IOException {
        String queue = channel.queueDeclare().getQueue();
        channel.queueBind(queue, config.rabbitmq().eventsExchange(), "");
        channel.basicConsume(queue, true, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
                EventMessage.read(AmqpContract.from(properties), body).ifPresentOrElse(dispatcher::dispatch,
                        () -> LOG.debugf("ignored a message on %s that is not a job event", queue));
            }
        });
    }

    @Override
    public void close() {
        Connection c = connection;
        if (c != null && c.isOpen()) {
            try {
                c.close();
            } catch (IOException e) {
                LOG.warnf("closing the RabbitMQ connection: %s", e.getMessage());
            }
        }
    }
}
