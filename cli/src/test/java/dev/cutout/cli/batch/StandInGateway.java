package dev.cutout.cli.batch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in gateway (JDK HttpServer) for the batch client's unit tests: it knows one job, {@code j1}, which is
 * done at once with a 4-byte "PNG", and records every request as "METHOD path X-API-Key". What a submit answers
 * is the test's choice.
 */
final class StandInGateway implements AutoCloseable {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    /** Answers {@code POST /api/v1/jobs}; the n-th submit counts from 1. */
    @FunctionalInterface
    interface SubmitAnswer {
        void answer(HttpExchange exchange, int n) throws IOException;
    }

    private final HttpServer server;
    private final String info;
    private final SubmitAnswer submit;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private int submits;

    private StandInGateway(String info, SubmitAnswer submit) throws IOException {
        this.info = info;
        this.submit = submit;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** A gateway whose /api/v1/info says {@code info} and whose submits {@code submit} answers. */
    static StandInGateway start(String info, SubmitAnswer submit) throws IOException {
        return new StandInGateway(info, submit);
    }

    /** The answer of a gateway that queues the job. */
    static void accept(HttpExchange exchange) throws IOException {
        send(exchange, 202, "application/json", "{\"id\":\"j1\"}");
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<String> seen() {
        return seen;
    }

    synchronized int submits() {
        return submits;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        seen.add(exchange.getRequestMethod() + " " + path + " " + exchange.getRequestHeaders().getFirst("X-API-Key"));
        exchange.getRequestBody().readAllBytes();
        switch (exchange.getRequestMethod() + " " + path) {
            case "GET /api/v1/info" -> send(exchange, 200, "application/json", info);
            case "POST /api/v1/jobs" -> submit.answer(exchange, nextSubmit());
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

    private synchronized int nextSubmit() {
        return ++submits;
    }

    static void send(HttpExchange exchange, int status, String type, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
