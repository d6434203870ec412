package dev.cutout.gateway;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * Points the gateway at exchanges of its own (unique per run) on the real RabbitMQ, so tests never
 * touch the shared cutout.jobs queue a real worker may be consuming; deletes them afterwards.
 */
public class TestBroker implements QuarkusTestResourceLifecycleManager {

    public static volatile String jobsExchange;
    public static volatile String eventsExchange;
    /** Holds the exclusive queue that parks jobs no FakeWorker takes (the gateway refuses unroutable jobs). */
    private Connection parking;

    public static ConnectionFactory factory() {
        ConnectionFactory f = new ConnectionFactory();
        f.setHost(env("CUTOUT_GATEWAY_RABBITMQ_HOST", "127.0.0.1"));
        f.setPort(Integer.parseInt(env("CUTOUT_GATEWAY_RABBITMQ_PORT", "5672")));
        f.setUsername(env("CUTOUT_GATEWAY_RABBITMQ_USERNAME", "guest"));
        f.setPassword(env("CUTOUT_GATEWAY_RABBITMQ_PASSWORD", "guest"));
        return f;
    }

    @Override
    public Map<String, String> start() {
        String suffix = UUID.randomUUID().toString();
        jobsExchange = "cutout.test.jobs." + suffix;
        eventsExchange = "cutout.test.events." + suffix;
        try {
            parking = factory().newConnection("cutout-test-parking");
            Channel ch = parking.createChannel();
            ch.exchangeDeclare(jobsExchange, BuiltinExchangeType.DIRECT, false);
            String parked = "cutout.test.parked." + suffix;
            ch.queueDeclare(parked, false, true, true, Map.of("x-message-ttl", 60_000));
            ch.queueBind(parked, jobsExchange, "job");
        } catch (Exception e) {
            throw new IllegalStateException("RabbitMQ is needed for the gateway tests", e);
        }
        return Map.of("cutout-gateway.rabbitmq.jobs-exchange", jobsExchange,
                "cutout-gateway.rabbitmq.events-exchange", eventsExchange);
    }

    @Override
    public void stop() {
        try {
            parking.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not close the parking connection", e);
        }
        try (Connection c = factory().newConnection(); Channel ch = c.createChannel()) {
            ch.exchangeDelete(jobsExchange);
            ch.exchangeDelete(eventsExchange);
        } catch (Exception e) {
            throw new IllegalStateException("could not remove the test exchanges", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
