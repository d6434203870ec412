package dev.cutout.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway restarted (killed, or stopped gracefully) while its jobs are in flight: it holds no job state,
 * so the worker carries on, a new gateway answers for every job from the broker, each still ends done with
 * its result, and an event stream resumed with {@code Last-Event-ID} on the new gateway gets the current state
 * first. The small model, one model run per job and 480 px photos keep it short; the worker stays up for
 * both variants.
 */
class SystemGatewayRestartIT {

    private static final int JOBS = 6;
    private static final Duration JOB_END = Duration.ofSeconds(120);

    private static TestVirtualHost vhost;
    private static ServiceProcess worker;
    private ServiceProcess gateway;

    @BeforeAll
    static void startWorker() {
        vhost = TestVirtualHost.create();
        // One model run per job (SystemHostileInputIT.ONE_MODEL_RUN): a restart is about the gateway, not the ensemble.
        worker = Services.worker("gateway-restart-worker", vhost, "small",
                Map.of("CUTOUT_ENSEMBLE_STANDARD", SystemHostileInputIT.ONE_MODEL_RUN));
        worker.awaitReady();
    }

    @AfterAll
    static void stopWorker() {
        Services.stopAll(worker);
        if (vhost != null) {
            vhost.close();
        }
    }

    @BeforeEach
    void startGateway() {
        gateway = Services.gateway("gateway-restart-1", vhost);
        gateway.awaitReady();
    }

    @AfterEach
    void stopGateway() {
        Services.stopAll(gateway);
    }

    @Test
    void jobsInFlightWhenTheGatewayIsKilledStillEndDoneOnTheNextGateway() {
        restartMidway("sigkill", ServiceProcess::kill);
    }

    @Test
    void jobsInFlightWhenTheGatewayIsStoppedStillEndDoneOnTheNextGateway() {
        restartMidway("sigterm", ServiceProcess::stop);
    }

    private void restartMidway(String how, Consumer<ServiceProcess> end) {
        long started = System.nanoTime();
        GatewayClient client = new GatewayClient(gateway);
        byte[] photo = Photos.scaledJpeg(Photos.PORTRAIT, 480);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            ids.add(client.submitJob(photo, "image/jpeg", "restart-" + i + ".jpg"));
        }
        String watched = ids.get(JOBS - 1); // the last in the queue: the surest to be in flight
        GatewayClient.Event seen = client.firstEvent(watched);
        assertThat(seen.name()).as("the watched job is still in flight when the gateway goes").isNotIn("done", "failed");
        assertThat(seen.id()).as("event id").matches("\\d+-" + seen.name());

        end.accept(gateway);
        assertThat(gateway.isAlive()).isFalse();
        gateway = Services.gateway("gateway-restart-2-" + how, vhost);
        gateway.awaitReady();
        GatewayClient next = new GatewayClient(gateway);

        List<GatewayClient.Event> resumed = next.events(watched, seen.id(), JOB_END);
        assertThat(resumed).as("a resumed stream starts with the current state").isNotEmpty();
        JsonNode first = resumed.get(0).data();
        assertThat(first.path("id").asText()).isEqualTo(watched);
        assertThat(first.path("progress").asInt()).as("no older state than the client saw: " + first)
                .isGreaterThanOrEqualTo(seen.data().path("progress").asInt());
        assertThat(resumed.get(resumed.size() - 1).name()).isEqualTo("done");
        for (String id : ids) {
            JsonNode last = next.awaitTerminal(id, JOB_END);
            assertThat(last.path("status").asText()).as(id + ": " + last).isEqualTo("done");
            Photos.assertCutoutOf(photo, next.result(id).body());
        }
        assertThat(next.events(watched, resumed.get(resumed.size() - 1).id(), JOB_END))
                .as("a reconnect after done is answered 204: no more events").isEmpty();
        System.out.printf("SystemGatewayRestartIT %s: %d jobs across a gateway restart, all done in %.1f s (first state"
                + " on the new gateway: %s)%n", how, JOBS, (System.nanoTime() - started) / 1e9, resumed.get(0).name());
    }
}
