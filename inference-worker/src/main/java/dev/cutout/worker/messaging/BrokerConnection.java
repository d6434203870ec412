package dev.cutout.worker.messaging;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.ShutdownSignalException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeoutException;

/**
 * A plain AMQP connection, beside the connector's, for the two things the connector cannot do:
 * declare queues with {@link dev.cutout.contract.Topology}'s exact argument maps, and ask whether
 * a queue still exists. Uses the connector's own {@code rabbitmq-*} settings.
 */
@ApplicationScoped
public class BrokerConnection {

    private final ConnectionFactory factory = new ConnectionFactory();
    private Connection connection;

    BrokerConnection(@ConfigProperty(name = "rabbitmq-host", defaultValue = "localhost") String host,
                     @ConfigProperty(name = "rabbitmq-port", defaultValue = "5672") int port,
                     @ConfigProperty(name = "rabbitmq-username", defaultValue = "guest") String username,
                     @ConfigProperty(name = "rabbitmq-password", defaultValue = "guest") String password,
                     @ConfigProperty(name = "rabbitmq-virtual-host", defaultValue = "/") String virtualHost) {
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername(username);
        factory.setPassword(password);
        factory.setVirtualHost(virtualHost);
        factory.setConnectionTimeout(10_000);
        // Reopened on next use instead: the client's own recovery would replay declarations on closed channels.
        factory.setAutomaticRecoveryEnabled(false);
    }

    /** A new channel; the caller closes it (a failed passive declare closes it anyway). */
    public Channel openChannel() throws IOException {
        return connection().createChannel();
    }

    /**
     * Whether {@code queue} exists now: a passive declare, which the broker answers with 404 when it does not,
     * and with 405 when it is another connection's exclusive queue (a client's private reply queue: it exists,
     * and anyone may publish to it).
     */
    public boolean queueExists(String queue) {
        try (Channel channel = openChannel()) {
            channel.queueDeclarePassive(queue);
            return true;
        } catch (IOException e) {
            return switch (closeCode(e)) {
                case AMQP.NOT_FOUND -> false;
                case AMQP.RESOURCE_LOCKED -> true;
                default -> throw new UncheckedIOException("cannot check queue " + queue, e);
            };
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot close channel", e);
        }
    }

    /** The reply code the broker closed the channel with; 0 when it did not. */
    private static int closeCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ShutdownSignalException signal && signal.getReason() instanceof AMQP.Channel.Close close) {
                return close.getReplyCode();
            }
        }
        return 0;
    }

    private synchronized Connection connection() throws IOException {
        if (connection == null || !connection.isOpen()) {
            if (connection != null) {
                connection.abort();
            }
            try {
                connection = factory.newConnection("cutout-worker-admin");
            } catch (TimeoutException e) {
                throw new IOException("timed out connecting to RabbitMQ at " + factory.getHost(), e);
            }
        }
        return connection;
    }

    @PreDestroy
    synchronized void close() {
        if (connection != null && connection.isOpen()) {
            try {
                connection.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
