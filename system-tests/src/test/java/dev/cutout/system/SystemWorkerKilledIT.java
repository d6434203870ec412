package dev.cutout.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A worker killed (SIGKILL: no drain, no goodbye to the broker) while it infers: the job was never
 * acknowledged, so RabbitMQ hands it to the other worker and the client still gets its cutout. A
 * worker stopped gracefully (SIGTERM) finishes its job in flight before it exits. Medium model and
 * a 6 MP photo, so the job lasts long enough to be interrupted in the middle.
 */
class SystemWorkerKilledIT {

    private static final String IN_FLIGHT = "cutout_jobs_in_flight";
    private static final String COMPLETED = "cutout_jobs_completed_total";

    private TestVirtualHost vhost;
    private ServiceProcess first;
    private ServiceProcess second;
    private ServiceProcess gateway;

    @BeforeEach
    void startServices() {
        vhost = TestVirtualHost.create();
        first = Services.worker("killed-worker-1", vhost, "medium");
        second = Services.worker("killed-worker-2", vhost, "medium");
        gateway = Services.gateway("killed-gateway", vhost);
        first.awaitReady();
        second.awaitReady();
        gateway.awaitReady();
    }

    @AfterEach
    void stopServices() {
        Services.stopAll(gateway, first, second);
        if (vhost != null) {
            vhost.close();
        }
    }

    @Test
    void aJobWhoseWorkerIsKilledMidwayIsFinishedByTheOtherWorker() {
        GatewayClient client = new GatewayClient(gateway);
        byte[] photo = Photos.bytes(SystemFiles.photo("bike.jpg"));

        String id = client.submitJob(photo, "image/jpeg", "bike.jpg");
        JsonNode inferring = client.awaitStatus(id, Duration.ofSeconds(60), List.of("inferring"));
        assertThat(inferring.path("status").asText()).as("still running when we kill").isEqualTo("inferring");
        ServiceProcess holder = holderOfTheJob();
        ServiceProcess survivor = holder == first ? second : first;
        holder.kill();

        JsonNode end = client.awaitTerminal(id, Duration.ofSeconds(240));
        assertThat(holder.isAlive()).isFalse();
        assertThat(end.path("status").asText()).as(end.toString()).isEqualTo("done");
        assertThat(survivor.awaitMetric(COMPLETED, 1, Duration.ofSeconds(10))).as("the surviving worker finished the job")
                .isEqualTo(1);
        Photos.assertCutoutOf(photo, client.result(id).body());
    }

    @Test
    void aWorkerStoppedGracefullyMidJobFinishesItBeforeItExits() {
        GatewayClient client = new GatewayClient(gateway);
        byte[] photo = Photos.bytes(SystemFiles.photo("bike.jpg"));

        String id = client.submitJob(photo, "image/jpeg", "bike.jpg");
        client.awaitStatus(id, Duration.ofSeconds(60), List.of("inferring"));
        ServiceProcess holder = holderOfTheJob();
        ServiceProcess other = holder == first ? second : first;
        holder.stop(); // SIGTERM: stop taking jobs, drain the one in flight, then exit

        assertThat(holder.isAlive()).isFalse();
        assertThat(holder.log()).as("the stopping worker finished the job itself").contains("job " + id + " done");
        JsonNode end = client.awaitTerminal(id, Duration.ofSeconds(60));
        assertThat(end.path("status").asText()).as(end.toString()).isEqualTo("done");
        assertThat(other.metric(COMPLETED)).as("no redelivery was needed").isZero();
        Photos.assertCutoutOf(photo, client.result(id).body());
    }

    /** The worker whose {@code cutout_jobs_in_flight} is 1 (the other one must be idle). */
    private ServiceProcess holderOfTheJob() {
        double a = first.metric(IN_FLIGHT);
        double b = second.metric(IN_FLIGHT);
        assertThat(a + b).as("exactly one worker holds the job (in flight: %s, %s)", a, b).isEqualTo(1);
        assertThat(first.metric(COMPLETED) + second.metric(COMPLETED)).as("nobody finished it yet").isZero();
        return a == 1 ? first : second;
    }
}
