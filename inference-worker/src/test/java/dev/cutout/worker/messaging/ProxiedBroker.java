package dev.cutout.worker.messaging;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.InetSocketAddress;
import java.util.Map;

/** Puts a {@link CuttableProxy} between the worker under test and the local RabbitMQ (its connector and admin connection). */
public final class ProxiedBroker implements QuarkusTestResourceLifecycleManager {

    private static final int RABBITMQ_PORT = 5672;

    private static volatile CuttableProxy proxy;

    /** The proxy of the running test worker. */
    static CuttableProxy proxy() {
        if (proxy == null) {
            throw new IllegalStateException("ProxiedBroker has not started: list it in the test profile's testResources()");
        }
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        proxy = new CuttableProxy(new InetSocketAddress("127.0.0.1", RABBITMQ_PORT));
        return Map.of("rabbitmq-port", String.valueOf(proxy.port()));
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
    }
}
