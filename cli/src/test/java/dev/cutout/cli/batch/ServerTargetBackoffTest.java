package dev.cutout.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cutout.contract.JobOptionsParser;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The batch client against a stand-in gateway whose first answer to a submit is a 429 of its per-client limits. */
class ServerTargetBackoffTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private HttpServer server;
    private final AtomicInteger submits = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        switch (exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()) {
            case "GET /api/v1/info" -> send(exchange, 200, "application/json", "{\"retentionSeconds\":60}");
            case "POST /api/v1/jobs" -> {
                if (submits.incrementAndGet() == 1) {
                    exchange.getResponseHeaders().set("Retry-After", "1");
                    send(exchange, 429, "application/problem+json", "{\"type\":\"urn:cutout:problem:rate-limited\","
                            + "\"status\":429,\"code\":\"RATE_LIMITED\",\"detail\":\"Too many submits from you\"}");
                } else {
                    send(exchange, 202, "application/json", "{\"id\":\"j1\"}");
                }
            }
            case "GET /api/v1/jobs/j1" -> send(exchange, 200, "application/json", "{\"status\":\"done\"}");
            case "GET /api/v1/jobs/j1/result" -> {
                exchange.sendResponseHeaders(200, PNG.length);
                exchange.getResponseBody().write(PNG);
                exchange.close();
            }
            default -> {
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Test
    void aSubmitRefusedByTheServersPerClientLimitsIsSentAgainAfterRetryAfterNotFailed() throws Exception {
        ServerTarget target = ServerTarget.connect(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Optional.empty());

        JobOutcome outcome = target.process(PNG, JobOptionsParser.fromFlags(option -> Optional.empty()));

        assertThat(outcome).isInstanceOf(JobOutcome.Done.class);
        assertThat(submits).hasValue(2);
    }
}
