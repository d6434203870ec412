package dev.cutout.image.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One tab-separated table per layer ({@code target/hostile/<layer>.tsv}): what each entry became there. */
public final class HostileReport {

    private final String layer;
    private final List<String> lines = new ArrayList<>();

    public HostileReport(String layer, String... columns) {
        this.layer = layer;
        lines.add(String.join("\t", columns));
    }

    public synchronized void row(Object... cells) {
        List<String> text = new ArrayList<>();
        for (Object cell : cells) {
            text.add(String.valueOf(cell));
        }
        lines.add(String.join("\t", text));
    }

    public synchronized void note(String line) {
        lines.add("# " + line);
    }

    /** Writes the table and returns where. */
    public synchronized Path write() {
        Path file = Path.of("target", "hostile", layer + ".tsv");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toAbsolutePath();
    }
}
