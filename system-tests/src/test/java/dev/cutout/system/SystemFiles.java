package dev.cutout.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the system tests find what they run and what they feed it: the packaged applications, the
 * team's shared photos ({@code ../shared} beside the repository) and the directory for process logs.
 * All paths come from system properties set by the failsafe configuration of {@code system-tests/pom.xml}.
 */
final class SystemFiles {

    private SystemFiles() {
    }

    static Path gatewayApp() {
        return existing(Path.of(property("cutout.gateway.app")));
    }

    static Path workerApp() {
        return existing(Path.of(property("cutout.worker.app")));
    }

    static Path standaloneApp() {
        return existing(Path.of(property("cutout.standalone.app")));
    }

    static Path evalImage(String name) {
        return existing(Path.of(property("shared.dir")).resolve("eval/images").resolve(name));
    }

    static Path photo(String name) {
        return existing(Path.of(property("shared.dir")).resolve("photos").resolve(name));
    }

    /** {@code target/system-it/<name>.log}: one log per started process, kept after the run. */
    static Path log(String name) {
        Path dir = Path.of(property("cutout.system-it.dir"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(name + ".log");
    }

    /** Writes {@code text} to {@code target/system-it/<fileName>} (a run's report) and returns that file. */
    static Path writeReport(String fileName, String text) {
        Path file = log("report").resolveSibling(fileName);
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run the system tests through Maven (failsafe)");
        }
        return value;
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing " + file + " (package the modules first)");
        }
        return file;
    }
}
