package dev.cutout.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RabbitMQ restarted under an idle gateway and worker: both must reconnect by themselves (no
 * restart of the services) and the next job must go through. Restarts the whole local broker app.
 */
class SystemBrokerRestartIT {

    private static final Duration SUBMIT_RETRY = Duration.ofSeconds(60);

    private TestVirtualHost vhost;
    private ServiceProcess worker;
    private ServiceProcess gateway;

    @BeforeEach
    void startServices() {
        vhost = TestVirtualHost.create();
        worker = Services.worker("restart-worker", vhost, "small");
        gateway = Services.gateway("restart-gateway", vhost);
        worker.awaitReady();
        gateway.awaitReady();
    }

    @AfterEach
    void stopServices() {
        Services.stopAll(gateway, worker);
        if (vhost != null) {
            vhost.close();
        }
    }

    @Test
    void bothServicesReconnectAfterTheBrokerRestartsAndTheNextJobCompletes() {
        long workerPid = worker.pid();
        long gatewayPid = gateway.pid();

        Rabbitmqctl.restartApp();

        GatewayClient client = new GatewayClient(gateway);
        byte[] photo = Photos.scaledJpeg(Photos.PORTRAIT, 600);
        String id = submitWhileUnavailable(client, photo);
        List<String> events = client.events(id, Duration.ofSeconds(120)).stream().map(GatewayClient.Event::name).toList();
        String status = client.awaitTerminal(id, Duration.ofSeconds(10)).toString();

        assertThat(status).contains("\"status\":\"done\"");
        // Live events after the restart: the gateway's server-named fan-out queue was recovered with its binding.
        assertThat(events).as("events after the restart").endsWith("done").hasSizeGreaterThan(1);
        Photos.assertCutoutOf(photo, client.result(id).body());
        assertThat(worker.pid()).isEqualTo(workerPid);
        assertThat(gateway.pid()).isEqualTo(gatewayPid);
        assertThat(worker.isAlive() && gateway.isAlive()).isTrue();
    }

    /** Submits until the gateway stops answering 503 (broker unavailable, or no worker queue bound yet). */
    private static String submitWhileUnavailable(GatewayClient client, byte[] photo) {
        long deadline = System.nanoTime() + SUBMIT_RETRY.toNanos();
        HttpResponse<String> answer = client.submit(photo, "image/jpeg", "after-restart.jpg");
        while (answer.statusCode() == 503 && System.nanoTime() < deadline) {
            ServiceProcess.pause(Duration.ofSeconds(1));
            answer = client.submit(photo, "image/jpeg", "after-restart.jpg");
        }
        assertThat(answer.statusCode()).as("submit after the restart: " + answer.body()).isEqualTo(202);
        return GatewayClient.json(answer.body()).path("id").asText();
    }
}
