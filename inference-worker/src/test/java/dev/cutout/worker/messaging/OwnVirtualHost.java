package dev.cutout.worker.messaging;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Gives the worker under test a RabbitMQ virtual host of its own, so that workers which other builds
 * run on the same broker cannot take its jobs (nor it theirs); deleting the host afterwards removes
 * every queue the test left behind. Created with {@code rabbitmqctl}, as the system tests do.
 */
public final class OwnVirtualHost implements QuarkusTestResourceLifecycleManager {

    private static final long RABBITMQCTL_TIMEOUT_SECONDS = 60;
    private static final String USER = "guest";

    private static volatile String name;

    /** The virtual host of the running test worker; a test's own AMQP client connects to it. */
    static String name() {
        if (name == null) {
            throw new IllegalStateException("OwnVirtualHost has not started: annotate the test with @QuarkusTestResource");
        }
        return name;
    }

    @Override
    public Map<String, String> start() {
        String created = "cutout-worker-it-" + UUID.randomUUID();
        rabbitmqctl("add_vhost", created);
        rabbitmqctl("set_permissions", "-p", created, USER, ".*", ".*", ".*");
        name = created;
        return Map.of("rabbitmq-virtual-host", created);
    }

    @Override
    public void stop() {
        if (name != null) {
            rabbitmqctl("delete_vhost", name);
            name = null;
        }
    }

    private static void rabbitmqctl(String... arguments) {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(RABBITMQCTL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " took more than " + RABBITMQCTL_TIMEOUT_SECONDS + " s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " exited with " + process.exitValue() + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command + " (the integration tests need the local RabbitMQ's rabbitmqctl)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
