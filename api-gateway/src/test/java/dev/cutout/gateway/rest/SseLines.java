package dev.cutout.gateway.rest;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A test's view of {@code GET /api/v1/jobs/{id}/events}: the answer's status and its events one by one. */
final class SseLines {

    /** One event: its {@code id:}, {@code event:} and {@code data:} lines. */
    record Event(String id, String name, String data) {
    }

    private final HttpResponse<Stream<String>> answer;
    private final Iterator<String> lines;

    private SseLines(HttpResponse<Stream<String>> answer) {
        this.answer = answer;
        this.lines = answer.body().iterator();
    }

    /** Opens the stream, sending {@code lastEventId} as a reconnecting EventSource does when present. */
    static SseLines open(URL base, String jobId, Optional<String> lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/v1/jobs/" + jobId + "/events"))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(20));
        lastEventId.ifPresent(id -> request.header("Last-Event-ID", id));
        return new SseLines(HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines()));
    }

    int status() {
        return answer.statusCode();
    }

    /** The next event; empty once the server has ended the stream. Keep-alive comments are skipped. */
    Optional<Event> next() {
        String id = null;
        String name = null;
        List<String> data = new ArrayList<>();
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.isEmpty() && !data.isEmpty()) {
                return Optional.of(new Event(id, name, String.join("\n", data)));
            }
            if (line.startsWith("id:")) {
                id = line.substring("id:".length()).trim();
            } else if (line.startsWith("event:")) {
                name = line.substring("event:".length()).trim();
            } else if (line.startsWith("data:")) {
                data.add(line.substring("data:".length()).trim());
            }
        }
        return data.isEmpty() ? Optional.empty() : Optional.of(new Event(id, name, String.join("\n", data)));
    }
}
