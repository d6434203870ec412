package dev.cutout.system;

import com.rabbitmq.client.ConnectionFactory;
import java.util.Map;
import java.util.UUID;

/**
 * A RabbitMQ virtual host of the test's own: its {@code cutout.jobs}, dead-letter queue and fan-out
 * are invisible to the workers other builds may be running on the same broker (and theirs to ours),
 * and deleting it removes everything the test left behind. The services reach it through their
 * documented settings ({@code RABBITMQ_VIRTUAL_HOST}, {@code CUTOUT_GATEWAY_RABBITMQ_VIRTUAL_HOST}).
 */
final class TestVirtualHost implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    static final int PORT = 5672;
    static final String USER = "guest";
    static final String PASSWORD = "guest";

    private final String name;

    private TestVirtualHost(String name) {
        this.name = name;
    }

    static TestVirtualHost create() {
        String name = "cutout-system-it-" + UUID.randomUUID();
        Rabbitmqctl.run("add_vhost", name);
        Rabbitmqctl.run("set_permissions", "-p", name, USER, ".*", ".*", ".*");
        return new TestVirtualHost(name);
    }

    String name() {
        return name;
    }

    ConnectionFactory factory() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(HOST);
        factory.setPort(PORT);
        factory.setUsername(USER);
        factory.setPassword(PASSWORD);
        factory.setVirtualHost(name);
        return factory;
    }

    /** The address a client such as {@code ./cutout batch --broker} takes. */
    String amqpUri() {
        return "amqp://" + USER + ":" + PASSWORD + "@" + HOST + ":" + PORT + "/" + name;
    }

    /** A worker's broker settings (the connector's {@code rabbitmq-*} keys). */
    Map<String, String> workerEnv() {
        return Map.of("RABBITMQ_HOST", HOST, "RABBITMQ_PORT", String.valueOf(PORT),
                "RABBITMQ_USERNAME", USER, "RABBITMQ_PASSWORD", PASSWORD, "RABBITMQ_VIRTUAL_HOST", name);
    }

    /** A gateway's broker settings ({@code cutout-gateway.rabbitmq.*}). */
    Map<String, String> gatewayEnv() {
        return Map.of(
                "CUTOUT_GATEWAY_RABBITMQ_HOST", HOST, "CUTOUT_GATEWAY_RABBITMQ_PORT", String.valueOf(PORT),
                "CUTOUT_GATEWAY_RABBITMQ_USERNAME", USER, "CUTOUT_GATEWAY_RABBITMQ_PASSWORD", PASSWORD,
                "CUTOUT_GATEWAY_RABBITMQ_VIRTUAL_HOST", name);
    }

    @Override
    public void close() {
        Rabbitmqctl.run("delete_vhost", name);
    }
}
