package dev.cutout.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one-process app ({@code ./cutout run} without a broker): the model runs in the gateway's process. */
class SystemStandaloneIT {

    private ServiceProcess gateway;

    @BeforeEach
    void startGateway() {
        gateway = Services.standalone("standalone", "small").awaitReady();
    }

    @AfterEach
    void stopGateway() {
        Services.stopAll(gateway);
    }

    @Test
    void theOneProcessAppCutsOutAPhotoWithoutABroker() {
        GatewayClient client = new GatewayClient(gateway);
        byte[] photo = Photos.scaledJpeg(Photos.PORTRAIT, 672);

        String id = client.submitJob(photo, "image/jpeg", "embedded.jpg");
        JsonNode status = client.awaitTerminal(id, Duration.ofSeconds(120));
        HttpResponse<byte[]> result = client.result(id);

        assertThat(status.path("status").asText()).as(status.toString()).isEqualTo("done");
        // The in-process path carries the worker's quality report like the broker does.
        assertThat(status.path("quality").path("modelRuns").asInt()).as(status.toString()).isBetween(1, 2);
        assertThat(status.path("quality").path("chosen").asText()).isNotBlank();
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.headers().firstValue("Cutout-Quality")).hasValueSatisfying(
                quality -> assertThat(quality).startsWith("chosen=").contains("; runs="));
        assertThat(result.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("filename=\"embedded_no_bg.png\""));
        Photos.assertCutoutOf(photo, result.body());
        assertThat(gateway.log()).doesNotContain("connected to RabbitMQ");
    }
}
