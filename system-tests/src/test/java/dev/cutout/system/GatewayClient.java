package dev.cutout.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The gateway's HTTP API as a client sees it (GATEWAY.md), over {@link HttpClient}. */
final class GatewayClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(200);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private final ServiceProcess gateway;

    GatewayClient(ServiceProcess gateway) {
        this.gateway = gateway;
    }

    /** One server-sent event: its name, data line and {@code id:} (null when it had none). */
    record Event(String name, JsonNode data, String id) {
    }

    /** {@code POST /api/v1/jobs} with the image as a raw body and its name as {@code file-name}. */
    HttpResponse<String> submit(byte[] image, String contentType, String fileName) {
        HttpRequest request = HttpRequest.newBuilder(gateway.uri("/api/v1/jobs?file-name="
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(image))
                .build();
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * {@code POST /api/v1/jobs/{id}/refine} as a multipart form: the photo again, the hint mask and the
     * feather in px, as the web page sends it.
     */
    HttpResponse<String> refine(String id, byte[] photo, byte[] hints, int feather) {
        String boundary = "cutout-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "form-data; name=\"file\"; filename=\"photo.jpg\"", photo);
        part(body, boundary, "form-data; name=\"hints\"; filename=\"hints.png\"", hints);
        part(body, boundary, "form-data; name=\"feather\"", Integer.toString(feather).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = HttpRequest.newBuilder(gateway.uri("/api/v1/jobs/" + id + "/refine"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String disposition, byte[] content) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Submits with more options as a query string ({@code canvas=2000x2000&align=bottom}) and returns the job id. */
    String submitJob(byte[] image, String contentType, String fileName, String options) {
        HttpRequest request = HttpRequest.newBuilder(gateway.uri("/api/v1/jobs?file-name="
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8) + "&" + options))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(image))
                .build();
        return accepted(send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** Submits and returns the job id, failing unless the answer is 202. */
    String submitJob(byte[] image, String contentType, String fileName) {
        return accepted(submit(image, contentType, fileName));
    }

    private String accepted(HttpResponse<String> answer) {
        if (answer.statusCode() != 202) {
            throw new AssertionError("submit on " + gateway + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return json(answer.body()).path("id").asText();
    }

    /** {@code GET /api/v1/jobs/{id}}: the status code and the body. */
    HttpResponse<String> status(String id) {
        return send(HttpRequest.newBuilder(gateway.uri("/api/v1/jobs/" + id)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls the status until it is terminal (done or failed) and returns that status body. */
    JsonNode awaitTerminal(String id, Duration timeout) {
        return awaitStatus(id, timeout, List.of("done", "failed"));
    }

    /** Polls the status until it is one of {@code wanted} (or terminal) and returns that status body. */
    JsonNode awaitStatus(String id, Duration timeout, List<String> wanted) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = status(id);
            if (answer.statusCode() != 200) {
                throw new AssertionError("status of " + id + " on " + gateway + ": " + answer.statusCode() + " " + answer.body());
            }
            JsonNode body = json(answer.body());
            last = body.toString();
            String status = body.path("status").asText();
            if (wanted.contains(status) || status.equals("done") || status.equals("failed")) {
                return body;
            }
            ServiceProcess.pause(POLL);
        }
        throw new AssertionError("job " + id + " not " + wanted + " within " + timeout + " on " + gateway + "; last " + last);
    }

    /** {@code GET /api/v1/jobs/{id}/result}. */
    HttpResponse<byte[]> result(String id) {
        return send(HttpRequest.newBuilder(gateway.uri("/api/v1/jobs/" + id + "/result")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** {@code DELETE /api/v1/jobs/{id}}: the job's result is released at once. */
    HttpResponse<String> delete(String id) {
        return send(HttpRequest.newBuilder(gateway.uri("/api/v1/jobs/" + id)).timeout(Duration.ofSeconds(10)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Reads {@code GET /api/v1/jobs/{id}/events} until the server closes the stream; fails if it is
     * still open after {@code timeout} (the stream must end after {@code done}/{@code failed}).
     */
    List<Event> events(String id, Duration timeout) {
        return events(id, null, timeout);
    }

    /**
     * As {@link #events(String, Duration)}, reconnecting as EventSource does: {@code Last-Event-ID} is the id of
     * the last event the client got (a 204 answer, no more events, is an empty list).
     */
    List<Event> events(String id, String lastEventId, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(gateway.uri("/api/v1/jobs/" + id + "/events"))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            builder.header("Last-Event-ID", lastEventId);
        }
        HttpRequest request = builder.build();
        CompletableFuture<List<Event>> read = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(answer -> {
                    if (answer.statusCode() == 204 && lastEventId != null) {
                        return List.<Event>of();
                    }
                    if (answer.statusCode() != 200) {
                        throw new AssertionError("events of " + id + ": " + answer.statusCode());
                    }
                    try (Stream<String> lines = answer.body()) {
                        return parse(lines);
                    }
                });
        try {
            return read.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            read.cancel(true);
            throw new AssertionError("event stream of " + id + " on " + gateway + " still open after " + timeout, e);
        } catch (ExecutionException e) {
            throw new AssertionError("event stream of " + id + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first event of the job's stream, then the connection is dropped (a client that goes away). */
    Event firstEvent(String id) {
        HttpRequest request = HttpRequest.newBuilder(gateway.uri("/api/v1/jobs/" + id + "/events"))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).build();
        HttpResponse<Stream<String>> answer = send(request, HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = answer.body()) {
            List<Event> first = new ArrayList<>();
            Iterator<String> it = lines.iterator();
            EventLines reader = new EventLines(first::add);
            while (first.isEmpty() && it.hasNext()) {
                reader.line(it.next());
            }
            if (first.isEmpty()) {
                throw new AssertionError("the event stream of " + id + " ended without an event");
            }
            return first.get(0);
        }
    }

    /** {@code id:} + {@code event:} + {@code data:} lines, one event per blank line; comments ({@code : keep-alive}) skipped. */
    private static List<Event> parse(Stream<String> lines) {
        List<Event> events = new ArrayList<>();
        EventLines reader = new EventLines(events::add);
        lines.forEachOrdered(reader::line);
        reader.end();
        return events;
    }

    /** Collects the lines of one event at a time. */
    private static final class EventLines {
        private final Consumer<Event> sink;
        private String id;
        private String name;
        private final StringBuilder data = new StringBuilder();

        EventLines(Consumer<Event> sink) {
            this.sink = sink;
        }

        void line(String line) {
            if (line.startsWith("id:")) {
                id = line.substring("id:".length()).trim();
            } else if (line.startsWith("event:")) {
                name = line.substring("event:".length()).trim();
            } else if (line.startsWith("data:")) {
                data.append(line.substring("data:".length()).trim());
            } else if (line.isEmpty()) {
                end();
            }
        }

        void end() {
            if (!data.isEmpty()) {
                sink.accept(new Event(name, json(data.toString()), id));
            }
            id = null;
            name = null;
            data.setLength(0);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
