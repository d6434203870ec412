package dev.cutout.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shipped command line ({@code cli/target/cutout-cli.jar} + {@code lib/}) run as {@code ./cutout batch}
 * runs it ({@code java -Djava.util.logging.manager=… -cp jar:lib/* dev.cutout.cli.batch.BatchCommand}), as a
 * child process; its stdout and stderr go to {@code target/system-it/<name>.out|.err}.
 */
final class BatchCli {

    static final String MANIFEST = "cutout-manifest.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) done, (\\d+) failed, (\\d+) skipped");

    private final String name;
    private final Process process;

    private BatchCli(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    static BatchCli start(String name, String... args) {
        Path cli = Path.of(System.getProperty("cutout.cli.dir"));
        List<String> command = new ArrayList<>();
        if (sigintIgnored()) {
            // A shell starting us in the background ignored SIGINT; children inherit that and the JVM then
            // leaves it ignored. A terminal's Ctrl-C is not: reset it, exactly as an interactive shell would.
            command.addAll(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die $!"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-cp", cli.resolve("cutout-cli.jar") + ":" + cli.resolve("lib") + "/*",
                "dev.cutout.cli.batch.BatchCommand"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(file(name, ".out").toFile())
                .redirectError(file(name, ".err").toFile());
        builder.environment().put("OPT_OUT_TRACKING", "true");
        try {
            return new BatchCli(name, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the batch command line", e);
        }
    }

    /** {@code target/system-it/<name><extension>}. */
    private static Path file(String name, String extension) {
        return SystemFiles.log(name).resolveSibling(name + extension);
    }

    /** Bit 2 of SigIgn in /proc/self/status: SIGINT (2) is ignored by this JVM, hence by its children. */
    private static boolean sigintIgnored() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("SigIgn:"))
                    .map(line -> Long.parseLong(line.substring("SigIgn:".length()).trim(), 16))
                    .anyMatch(mask -> (mask & 0b10) != 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not end within " + timeout + "\n" + stderr());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What Ctrl-C sends. */
    void interrupt() {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -INT " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String stdout() {
        return read(file(name, ".out"));
    }

    String stderr() {
        return read(file(name, ".err"));
    }

    /** The first summary line's counts: done, failed, skipped. */
    int[] summary() {
        Matcher matcher = SUMMARY.matcher(stdout());
        if (!matcher.find()) {
            throw new IllegalStateException("no summary in the output of " + name + ":\n" + stdout() + stderr());
        }
        return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3))};
    }

    /** The manifest's lines as JSON, in file order (a torn last line would fail here: there must be none). */
    static List<JsonNode> manifest(Path output) {
        Path file = output.resolve(MANIFEST);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : read(file).lines().filter(l -> !l.isBlank()).toList()) {
            try {
                lines.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + line, e);
            }
        }
        return lines;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
