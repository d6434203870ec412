package dev.cutout.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Zip in, zip out over HTTP on the one-process app (the real model, the in-process broker): good photos come
 * back as PNGs under their folder, and every broken, hostile or oversized entry is a manifest line with its reason.
 */
class SystemBatchIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
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
        entries.put("inner.zip", zip(Map.of("x.jpg", photo)));
        entries.put("notes.txt", "not a photo".getBytes(StandardCharsets.US_ASCII));
        entries.put("huge.jpg", oversizedJpeg());

        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(gateway.uri("/api/v1/batches"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(entries))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode batch = JSON.readTree(accepted.body());
        String id = batch.path("id").asText();
        assertThat(accepted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));
        assertThat(batch.path("counts").path("total").asInt()).isEqualTo(9);

        Instant started = Instant.now();
        JsonNode status = awaitFinished(id, Duration.ofSeconds(240));
        System.out.printf("batch of %d photos finished in %d ms%n", WIDTHS.length,
                Duration.between(started, Instant.now()).toMillis());
        assertThat(status.path("counts").path("done").asInt()).as(status.toString()).isEqualTo(4);
        assertThat(status.path("counts").path("failed").asInt()).isEqualTo(5);

        HttpResponse<byte[]> result = HTTP.send(HttpRequest.newBuilder(gateway.uri("/api/v1/batches/" + id + "/result"))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(result.statusCode()).isEqualTo(200);
        Map<String, byte[]> out = unzip(result.body());
        assertThat(out).containsOnlyKeys("manifest.json", "catalogue/spring/photo-0_no_bg.png",
                "catalogue/spring/photo-1_no_bg.png", "catalogue/spring/photo-2_no_bg.png",
                "catalogue/spring/photo-3_no_bg.png");
        for (int i = 0; i < WIDTHS.length; i++) {
            Photos.assertCutoutOf(entries.get("catalogue/spring/photo-" + i + ".jpg"),
                    out.get("catalogue/spring/photo-" + i + "_no_bg.png"));
        }
        JsonNode manifest = JSON.readTree(out.get("manifest.json"));
        assertThat(manifest.path("finished").asBoolean()).isTrue();
        Map<String, JsonNode> lines = new LinkedHashMap<>();
        manifest.path("items").forEach(item -> lines.put(item.path("name").asText(), item));
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

    private static void assertReason(JsonNode line, String code, String message) {
        assertThat(line.path("status").asText()).as(line.toString()).isEqualTo("failed");
        assertThat(line.path("errorCode").asText()).as(line.toString()).isEqualTo(code);
        assertThat(line.path("errorMessage").asText()).as(line.toString()).isNotBlank().contains(message);
        assertThat(line.has("output")).isFalse();
    }

    private JsonNode awaitFinished(String id, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway.uri("/api/v1/batches/" + id))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode status = JSON.readTree(response.body());
            if (status.path("finished").asBoolean()) {
                return status;
            }
            assertThat(Instant.now()).as("batch still running: " + status).isBefore(deadline);
            Thread.sleep(500);
        }
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

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
