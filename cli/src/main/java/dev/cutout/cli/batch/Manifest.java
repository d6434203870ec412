package dev.cutout.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cutout-manifest.jsonl} in the output folder: one JSON line per photo, appended and flushed as each
 * photo finishes, so a killed run leaves every finished photo recorded. Opening compacts it: the latest line
 * per photo is kept and a torn last line (the run was killed mid-write) is dropped, so that appends always
 * start on a fresh line.
 */
public final class Manifest implements Closeable {

    public static final String FILE_NAME = "cutout-manifest.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, ManifestEntry> previous;
    private final BufferedWriter writer;

    private Manifest(Map<String, ManifestEntry> previous, BufferedWriter writer) {
        this.previous = previous;
        this.writer = writer;
    }

    /** Reads the manifest of {@code folder} (none yet: empty), rewrites it compacted and opens it for appending. */
    public static Manifest open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        Map<String, ManifestEntry> previous = Files.exists(file) ? read(file) : Map.of();
        Path compacted = folder.resolve(FILE_NAME + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(compacted, StandardCharsets.UTF_8)) {
            for (ManifestEntry entry : previous.values()) {
                out.write(line(entry));
                out.newLine();
            }
        }
        Files.move(compacted, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Manifest(previous, Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND));
    }

    /**
     * The latest entry per photo, in the order of their first appearance. An unreadable line is a torn write
     * when it is the last one (dropped); anywhere else the file was edited or damaged, and the run stops rather
     * than redo or lose what it cannot read.
     */
    static Map<String, ManifestEntry> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, ManifestEntry> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            try {
                ManifestEntry entry = JSON.readValue(text, ManifestEntry.class);
                entries.put(entry.input(), entry);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                if (i < lastNonBlank(lines)) {
                    throw new IOException(file + " line " + (i + 1) + " is not a manifest entry: " + e.getMessage(), e);
                }
            }
        }
        return entries;
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** What earlier runs recorded, by {@link ManifestEntry#input()}. */
    public Map<String, ManifestEntry> previous() {
        return previous;
    }

    /** Appends one line and flushes it to the file before returning. */
    public synchronized void append(ManifestEntry entry) throws IOException {
        writer.write(line(entry));
        writer.newLine();
        writer.flush();
    }

    static String line(ManifestEntry entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a manifest entry", e);
        }
    }

    static ManifestEntry parse(String line) throws JsonProcessingException {
        return JSON.readValue(line, ManifestEntry.class);
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }
}
