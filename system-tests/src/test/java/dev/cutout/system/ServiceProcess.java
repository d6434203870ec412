package dev.cutout.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One packaged Quarkus application ({@code java -jar …/quarkus-run.jar}) run as a child process of the
 * test JVM: started with its environment and a free HTTP port, logging to {@code target/system-it/<name>.log}.
 * {@code java} is started directly (no shell), so the {@link Process} is the JVM itself and
 * {@link #kill()} really is a SIGKILL of the service. A shutdown hook kills whatever a test left running.
 */
final class ServiceProcess implements AutoCloseable {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(75);
    private static final String HEAP = "-Xmx1500m";
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "system-it-process-reaper"));
    }

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts {@code java -jar app} with {@code env} added to this JVM's environment; does not wait. */
    static ServiceProcess start(String name, Path app, int port, Map<String, String> env) {
        Path log = SystemFiles.log(name);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-jar", app.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("OPT_OUT_TRACKING", "true");
        try {
            Process process = builder.start();
            RUNNING.add(process);
            return new ServiceProcess(name, port, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200 with status UP; fails early if the process dies. */
    ServiceProcess awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready\n" + logTail());
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(uri("/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                last = ready.statusCode() + " " + ready.body();
                if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
                    return this;
                }
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException(name + " not ready within " + READY_TIMEOUT + " (last: " + last + ")\n" + logTail());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The value of a Prometheus sample on {@code /q/metrics}, e.g. {@code cutout_jobs_in_flight}; 0 if absent. */
    double metric(String sample) {
        return metric(sample, "");
    }

    /** The sum of a Prometheus sample's series whose labels contain {@code label} (e.g. {@code area="heap"}). */
    double metric(String sample, String label) {
        try {
            String text = HTTP.send(HttpRequest.newBuilder(uri("/q/metrics")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return text.lines()
                    .filter(line -> line.startsWith(sample + " ") || line.startsWith(sample + "{"))
                    .filter(line -> line.contains(label))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException("metrics of " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The sample once it reaches at least {@code expected}, or its last value after {@code timeout}. A
     * worker counts a job after it has published the outcome, so a client can see it a moment before.
     */
    double awaitMetric(String sample, double expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        double value = metric(sample);
        while (value < expected && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(100));
            value = metric(sample);
        }
        return value;
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kill -9 of the JVM itself: no shutdown hook, no drain, sockets closed by the kernel. */
    void kill() {
        process.toHandle().destroyForcibly();
        awaitExit(Duration.ofSeconds(10));
        RUNNING.remove(process);
    }

    /** SIGTERM (graceful: the worker drains its job in flight), then SIGKILL if it does not end in time. */
    void stop() {
        if (process.isAlive()) {
            process.destroy();
            if (!awaitExit(STOP_TIMEOUT)) {
                process.destroyForcibly();
                awaitExit(Duration.ofSeconds(10));
            }
        }
        RUNNING.remove(process);
    }

    @Override
    public void close() {
        stop();
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    private String logTail() {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ", port " + port + ")";
    }
}
