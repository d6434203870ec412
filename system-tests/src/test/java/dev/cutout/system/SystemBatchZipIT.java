package dev.cutout.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Zip in, zip out over HTTP on the one-process app (the real model, the in-process broker): good photos come
 * back as PNGs under their folder, and every broken, hostile or oversized entry is a manifest line with its reason.
 */
class SystemBatchZipIT {

    private static final int MAX_ENTRY_BYTES = 2_000_000;
    private static final int[] WIDTHS = {608, 640, 672, 704};

    private ServiceProcess gateway;

    @BeforeEach
    void startGateway() {
        int port = ServiceProcess.freePort();
        gateway = ServiceProcess.start("standalone-batch", SystemFiles.standaloneApp(), port, Map.of(
                "PORT", String.valueOf(port), "CUTOUT_MODEL", "small",
                "CUTOUT_GATEWAY_BATCHES_MAX_ENTRY_BYTES", String.valueOf(MAX_ENTRY_BYTES))).awaitReady();
    }

    @AfterEach
    void stopGateway() {
        Services.stopAll(gateway);
    }

    @Test
    void aZipOfGoodBrokenHostileAndOversizedEntriesComesBackAsPngsAndAManifestWithEveryReason() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < WIDTHS.length; i++) {
            entries.put("catalogue/spring/photo-" + i + ".jpg", Photos.scaledJpeg(Photos.PORTRAIT, WIDTHS[i]));
        }
        byte[] photo = entries.get("catalogue/spring/photo-0.jpg");
        entries.put("broken.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0, 1, 2, 3});
        entries.put("../../etc/evil.jpg", photo);
        entries.put("inner.zip", BatchClient.zip(Map.of("x.jpg", photo)));
        entries.put("notes.txt", "not a photo".getBytes(StandardCharsets.US_ASCII));
        entries.put("huge.jpg", oversizedJpeg());

        JsonNode batch = BatchClient.submit(gateway, BatchClient.zip(entries));
        String id = batch.path("id").asText();
        assertThat(batch.path("counts").path("total").asInt()).isEqualTo(9);

        Instant started = Instant.now();
        JsonNode status = BatchClient.awaitFinished(gateway, id, Duration.ofSeconds(240));
        System.out.printf("batch of %d photos finished in %d ms%n", WIDTHS.length,
                Duration.between(started, Instant.now()).toMillis());
        assertThat(status.path("counts").path("done").asInt()).as(status.toString()).isEqualTo(4);
        assertThat(status.path("counts").path("failed").asInt()).isEqualTo(5);

        Map<String, byte[]> out = BatchClient.result(gateway, id);
        assertThat(out).containsOnlyKeys("manifest.json", "catalogue/spring/photo-0_no_bg.png",
                "catalogue/spring/photo-1_no_bg.png", "catalogue/spring/photo-2_no_bg.png",
                "catalogue/spring/photo-3_no_bg.png");
        for (int i = 0; i < WIDTHS.length; i++) {
            Photos.assertCutoutOf(entries.get("catalogue/spring/photo-" + i + ".jpg"),
                    out.get("catalogue/spring/photo-" + i + "_no_bg.png"));
        }
        assertThat(BatchClient.json(out.get("manifest.json")).path("finished").asBoolean()).isTrue();
        Map<String, JsonNode> lines = BatchClient.manifestItems(out.get("manifest.json"));
        assertThat(lines).hasSize(9);
        assertThat(lines.get("catalogue/spring/photo-2.jpg").path("status").asText()).isEqualTo("done");
        assertThat(lines.get("catalogue/spring/photo-2.jpg").path("outputSha256").asText()).hasSize(64);
        assertReason(lines.get("broken.jpg"), "CORRUPT_IMAGE", "");
        assertReason(lines.get("../../etc/evil.jpg"), "INVALID_OPTIONS", "'..' segment");
        assertReason(lines.get("inner.zip"), "UNSUPPORTED_FORMAT", "archives inside the zip");
        assertReason(lines.get("notes.txt"), "UNSUPPORTED_FORMAT", "Not an image");
        assertReason(lines.get("huge.jpg"), "TOO_LARGE", String.valueOf(MAX_ENTRY_BYTES));
        assertThat(gateway.log()).doesNotContain("connected to RabbitMQ");
    }

    static void assertReason(JsonNode line, String code, String message) {
        assertThat(line.path("status").asText()).as(line.toString()).isEqualTo("failed");
        assertThat(line.path("errorCode").asText()).as(line.toString()).isEqualTo(code);
        assertThat(line.path("errorMessage").asText()).as(line.toString()).isNotBlank().contains(message);
        assertThat(line.has("output")).isFalse();
    }

    /** JPEG magic bytes, then incompressible noise past the per-entry limit (a compressible one would be a bomb). */
    private static byte[] oversizedJpeg() {
        byte[] bytes = new byte[MAX_ENTRY_BYTES + 500_000];
        new Random(7).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }
}
