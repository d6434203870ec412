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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** The batch endpoints as a client uses them, and zips built and read in memory, for the batch system tests. */
final class BatchClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(500);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private BatchClient() {
    }

    /** {@code POST /api/v1/batches}; asserts the 202 and its Location, returns the batch. */
    static JsonNode submit(ServiceProcess gateway, byte[] zip) throws Exception {
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(gateway.uri("/api/v1/batches"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode batch = JSON.readTree(accepted.body());
        String id = batch.path("id").asText();
        assertThat(accepted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));
        return batch;
    }

    /** Polls {@code GET /api/v1/batches/{id}} until {@code finished}. */
    static JsonNode awaitFinished(ServiceProcess gateway, String id, Duration timeout) throws Exception {
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
            Thread.sleep(POLL.toMillis());
        }
    }

    /** {@code GET /api/v1/batches/{id}/result}, unpacked. */
    static Map<String, byte[]> result(ServiceProcess gateway, String id) throws Exception {
        HttpResponse<byte[]> result = HTTP.send(HttpRequest.newBuilder(gateway.uri("/api/v1/batches/" + id + "/result"))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.headers().firstValue("Content-Type")).hasValue("application/zip");
        return unzip(result.body());
    }

    /** The manifest's items by entry name. */
    static Map<String, JsonNode> manifestItems(byte[] manifest) throws IOException {
        Map<String, JsonNode> lines = new LinkedHashMap<>();
        JSON.readTree(manifest).path("items").forEach(item -> lines.put(item.path("name").asText(), item));
        return lines;
    }

    static JsonNode json(byte[] bytes) throws IOException {
        return JSON.readTree(bytes);
    }

    static byte[] zip(Map<String, byte[]> entries) {
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

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
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
