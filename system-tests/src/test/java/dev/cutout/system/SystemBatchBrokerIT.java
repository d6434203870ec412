package dev.cutout.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A batch through the distributed services: the zip posted to one gateway, followed and fetched from another,
 * the photos cut out by a real worker (small model), on a virtual host of this class's own.
 */
class SystemBatchBrokerIT {

    private static TestVirtualHost vhost;
    private static ServiceProcess worker;
    private static ServiceProcess gatewayA;
    private static ServiceProcess gatewayB;

    @BeforeAll
    static void startServices() {
        vhost = TestVirtualHost.create();
        worker = Services.worker("batch-worker", vhost, "small");
        gatewayA = Services.gateway("batch-gateway-a", vhost);
        gatewayB = Services.gateway("batch-gateway-b", vhost);
        worker.awaitReady();
        gatewayA.awaitReady();
        gatewayB.awaitReady();
    }

    @AfterAll
    static void stopServices() {
        Services.stopAll(gatewayA, gatewayB, worker);
        if (vhost != null) {
            vhost.close();
        }
    }

    @Test
    void aBatchPostedToOneGatewayIsFollowedAndFetchedFromAnother() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("shop/a.jpg", Photos.scaledJpeg(Photos.PORTRAIT, 640));
        entries.put("shop/b.jpg", Photos.scaledJpeg(Photos.PORTRAIT, 672));
        entries.put("/abs/evil.jpg", entries.get("shop/a.jpg"));

        String id = BatchClient.submit(gatewayA, BatchClient.zip(entries)).path("id").asText();
        JsonNode status = BatchClient.awaitFinished(gatewayB, id, Duration.ofSeconds(240));
        assertThat(status.path("counts").path("done").asInt()).as(status.toString()).isEqualTo(2);

        Map<String, byte[]> out = BatchClient.result(gatewayB, id);
        assertThat(out).containsOnlyKeys("manifest.json", "shop/a_no_bg.png", "shop/b_no_bg.png");
        Photos.assertCutoutOf(entries.get("shop/a.jpg"), out.get("shop/a_no_bg.png"));
        Photos.assertCutoutOf(entries.get("shop/b.jpg"), out.get("shop/b_no_bg.png"));
        SystemBatchZipIT.assertReason(BatchClient.manifestItems(out.get("manifest.json")).get("/abs/evil.jpg"),
                "INVALID_OPTIONS", "absolute path");
    }
}
