package dev.cutout.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobHeaders;
import dev.cutout.contract.JobOption;
import dev.cutout.contract.JobOptions;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A gateway's REST API (api-gateway/GATEWAY.md): {@code POST /api/v1/jobs} with the photo as a raw body and the
 * options as query parameters, {@code GET /api/v1/jobs/{id}} until done or failed, {@code GET …/result}, then
 * {@code DELETE} so the broker lets the result go at once. With {@code CUTOUT_API_KEY} set, every request carries it
 * as {@code X-API-Key} (a server started with {@code cutout.auth.api-keys} refuses calls without it).
 */
final class ServerTarget implements JobTarget {

    /** {@code /api/v1/info} says nothing of capacity yet: a few jobs keep two workers' queues non-empty. */
    static final int DEFAULT_JOBS = 4;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** Past the server's retention a job has ended (TIMEOUT at worst); this margin covers the clocks. */
    private static final Duration WAIT_MARGIN = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * One client for the process, held here: an HttpClient that only a running {@code send} still refers to can
     * be collected mid-call, which shuts its selector and fails the connect with a ClosedChannelException.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final int CONNECT_ATTEMPTS = 5;
    private static final Duration CONNECT_PAUSE = Duration.ofSeconds(1);
    /** The environment variable with the server's API key; never printed. */
    static final String API_KEY_ENV = "CUTOUT_API_KEY";
    static final String API_KEY_HEADER = "X-API-Key";

    private final URI base;
    private final HttpClient http;
    private final Duration wait;
    private final Optional<String> apiKey;

    private ServerTarget(URI base, HttpClient http, Duration wait, Optional<String> apiKey) {
        this.base = base;
        this.http = http;
        this.wait = wait;
        this.apiKey = apiKey;
    }

    /** Connects with the key of {@value #API_KEY_ENV}, if set. */
    static ServerTarget connect(URI base) throws IOException, InterruptedException {
        return connect(base, Optional.ofNullable(System.getenv(API_KEY_ENV)).map(String::strip).filter(k -> !k.isEmpty()));
    }

    /** Connects: reads {@code /api/v1/info} (the retention bounds how long a job may take). */
    static ServerTarget connect(URI base, Optional<String> apiKey) throws IOException, InterruptedException {
        HttpClient http = HTTP;
        URI root = URI.create(base.toString().replaceAll("/+$", "") + "/");
        HttpResponse<String> info = info(http, root);
        if (info.statusCode() != 200) {
            throw new IOException(root + "api/v1/info answered " + info.statusCode() + ": is this a Cutout server?");
        }
        long retention = JSON.readTree(info.body()).path("retentionSeconds").asLong(900);
        if (apiKey.isEmpty() && JSON.readTree(info.body()).path("apiKeyRequired").asBoolean(false)) {
            throw new IOException(root + " requires an API key: set " + API_KEY_ENV);
        }
        return new ServerTarget(root, http, Duration.ofSeconds(retention).plus(WAIT_MARGIN), apiKey);
    }

    /** A request to {@code path} under the server's root, with the API key when there is one. */
    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT);
        apiKey.ifPresent(key -> request.header(API_KEY_HEADER, key));
        return request;
    }

    /** {@code GET /api/v1/info}, again a few times while the connection is refused (a server just started). */
    private static HttpResponse<String> info(HttpClient http, URI root) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return http.send(HttpRequest.newBuilder(root.resolve("api/v1/info")).timeout(REQUEST_TIMEOUT).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                if (attempt == CONNECT_ATTEMPTS) {
                    throw new IOException("cannot connect to " + root + " (" + attempt + " attempts)", e);
                }
                Thread.sleep(CONNECT_PAUSE.toMillis());
            }
        }
    }

    @Override
    public int defaultJobs() {
        return DEFAULT_JOBS;
    }

    @Override
    public JobOutcome process(byte[] photo, JobOptions options)
            throws IOException, InterruptedException {
        HttpResponse<String> submitted = submit(photo, options);
        if (submitted.statusCode() != 202) {
            return refused(submitted);
        }
        String id = JSON.readTree(submitted.body()).path("id").asText();
        try {
            return await(id);
        } finally {
            http.send(request("api/v1/jobs/" + id).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    /**
     * {@code POST /api/v1/jobs}; a 503 (job queue full, broker away) or a 429 (over the server's per-client limits)
     * queued nothing and is sent again after the server's {@code Retry-After}, for as long as a queued job could wait.
     */
    private HttpResponse<String> submit(byte[] photo, JobOptions options) throws IOException, InterruptedException {
        HttpRequest request = request("api/v1/jobs?" + query(options))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(photo)).build();
        Backoff backoff = new Backoff(wait);
        HttpResponse<String> submitted = http.send(request, HttpResponse.BodyHandlers.ofString());
        while (busy(submitted.statusCode()) && backoff.pause(submitted.headers().firstValue("Retry-After"))) {
            submitted = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        return submitted;
    }

    private JobOutcome await(String id) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> status = http.send(request("api/v1/jobs/" + id).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (status.statusCode() != 200) {
                return refused(status);
            }
            JsonNode view = JSON.readTree(status.body());
            switch (view.path("status").asText()) {
                case "done" -> {
                    return result(id);
                }
                case "failed" -> {
                    return new JobOutcome.Failed(code(view.path("error").path("code").asText()),
                            view.path("error").path("message").asText());
                }
                default -> Thread.sleep(POLL_INTERVAL.toMillis());
            }
        }
        return new JobOutcome.Failed(ErrorCode.TIMEOUT, "job " + id + " did not end within " + wait);
    }

    private JobOutcome result(String id) throws IOException, InterruptedException {
        HttpResponse<byte[]> result = http.send(request("api/v1/jobs/" + id + "/result").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (result.statusCode() != 200) {
            return refused(new String(result.body(), StandardCharsets.UTF_8), result.statusCode());
        }
        return new JobOutcome.Done(result.body());
    }

    private static JobOutcome refused(HttpResponse<String> response) throws IOException {
        return refused(response.body(), response.statusCode());
    }

    /** A problem+json answer with a job error code is that failure; any other answer is a fault of the transport. */
    private static JobOutcome refused(String body, int status) throws IOException {
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (IOException e) {
            throw new IOException("the server answered " + status + " without a problem: " + body, e);
        }
        String code = problem.path("code").asText("");
        if (status == 401) {
            throw new IOException("the server refused the API key (401): set " + API_KEY_ENV + " to a key it accepts");
        }
        if (code.isEmpty() || busy(status)) {
            throw new IOException("the server answered " + status + ": " + problem.path("detail").asText(body));
        }
        return new JobOutcome.Failed(code(code), problem.path("detail").asText());
    }

    /** The answers that say "not now" about a request that queued nothing: waited out, never a photo's failure. */
    static boolean busy(int status) {
        return status == 503 || status == 429;
    }

    private static ErrorCode code(String text) throws IOException {
        try {
            return ErrorCode.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException("the server named an error code this client does not know: " + text, e);
        }
    }

    static String query(JobOptions options) {
        // The headers a job message would carry, as the same options' form fields: one mapping for both.
        Map<String, Object> headers = JobHeaders.write(options);
        Map<String, String> query = new LinkedHashMap<>();
        for (JobOption option : JobOption.values()) {
            Object value = headers.get(option.header());
            if (value != null) {
                query.put(option.field(), value.toString());
            }
        }
        return query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        // HttpClient's threads end with the JVM; nothing held on the server once each job was deleted.
    }
}
