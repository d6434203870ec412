package dev.cutout.system;

import java.util.HashMap;
import java.util.Map;

/** Starts the three shipped applications the way {@code ./cutout run} does (see its {@code run_services}). */
final class Services {

    private Services() {
    }

    /** A worker on {@code vhost} with the given model ({@code small} or {@code medium}); health on a free port. */
    static ServiceProcess worker(String name, TestVirtualHost vhost, String model) {
        return worker(name, vhost, model, Map.of());
    }

    /** A worker as above with more settings ({@code CUTOUT_WORKER_*}). */
    static ServiceProcess worker(String name, TestVirtualHost vhost, String model, Map<String, String> settings) {
        int port = ServiceProcess.freePort();
        Map<String, String> env = new HashMap<>(vhost.workerEnv());
        env.putAll(settings);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("CUTOUT_MODEL", model);
        return ServiceProcess.start(name, SystemFiles.workerApp(), port, env);
    }

    /** A gateway on {@code vhost}, HTTP on a free port. */
    static ServiceProcess gateway(String name, TestVirtualHost vhost) {
        return gateway(name, vhost, Map.of());
    }

    /** A gateway as above with more settings ({@code CUTOUT_GATEWAY_*}). */
    static ServiceProcess gateway(String name, TestVirtualHost vhost, Map<String, String> settings) {
        int port = ServiceProcess.freePort();
        Map<String, String> env = new HashMap<>(vhost.gatewayEnv());
        env.putAll(settings);
        env.put("PORT", String.valueOf(port));
        return ServiceProcess.start(name, SystemFiles.gatewayApp(), port, env);
    }

    /** The one-process app ({@code ./cutout run}): the gateway with the engine in its process, no broker. */
    static ServiceProcess standalone(String name, String model) {
        int port = ServiceProcess.freePort();
        return ServiceProcess.start(name, SystemFiles.standaloneApp(), port,
                Map.of("PORT", String.valueOf(port), "CUTOUT_MODEL", model));
    }

    /** Stops every process given, ignoring the ones that are null (a start that failed half-way). */
    static void stopAll(ServiceProcess... processes) {
        for (ServiceProcess process : processes) {
            if (process != null) {
                process.stop();
            }
        }
    }
}
