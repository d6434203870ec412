package dev.cutout.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cutout.contract.JobOptionsParser;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The batch client against a stand-in gateway (JDK HttpServer) that records the key of every request. */
class ServerTargetApiKeyTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>(); // "METHOD path key"

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
        String path = exchange.getRequestURI().getPath();
        seen.add(exchange.getRequestMethod() + " " + path + " " + exchange.getRequestHeaders().getFirst("X-API-Key"));
        exchange.getRequestBody().readAllBytes();
        switch (exchange.getRequestMethod() + " " + path) {
            case "GET /api/v1/info" -> send(exchange, 200, "{\"retentionSeconds\":60,\"apiKeyRequired\":true}");
            case "POST /api/v1/jobs" -> send(exchange, 202, "{\"id\":\"j1\"}");
            case "GET /api/v1/jobs/j1" -> send(exchange, 200, "{\"status\":\"done\"}");
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

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void sendsTheKeyAsXApiKeyOnEveryJobCall() throws Exception {
        ServerTarget target = ServerTarget.connect(base(), Optional.of("shop-key"));
        JobOutcome outcome = target.process(PNG, JobOptionsParser.fromFlags(option -> Optional.empty()));

        assertThat(outcome).isInstanceOf(JobOutcome.Done.class);
        assertThat(seen).contains("POST /api/v1/jobs shop-key", "GET /api/v1/jobs/j1 shop-key",
                "GET /api/v1/jobs/j1/result shop-key", "DELETE /api/v1/jobs/j1 shop-key");
    }

    @Test
    void aServerThatNeedsAKeyIsRefusedUpFrontWithoutOne() {
        assertThatThrownBy(() -> ServerTarget.connect(base(), Optional.empty()))
                .isInstanceOf(IOException.class).hasMessageContaining(ServerTarget.API_KEY_ENV);
    }
}
