package dev.cutout.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Decides which files {@code ./cutout remove} reads and where each result goes, before any work starts. */
public record RemovePlan(List<Item> items) {

    /** One photo and the file it becomes. */
    public record Item(Path source, Path target) {
    }

    static final String SUFFIX = "_no_bg";

    /** PNG results. */
    public static RemovePlan of(Path input, java.util.Optional<Path> output) {
        return of(input, output, "png");
    }

    /**
     * A file in: one item. A folder in: every regular, non-hidden file in it (formats are checked by content
     * later). Results are named {@code <stem>_no_bg.<extension>}; an output file named by the user keeps its name.
     */
    public static RemovePlan of(Path input, java.util.Optional<Path> output, String extension) {
        String ext = "." + extension;
        if (Files.isDirectory(input)) {
            Path folder = output.orElseGet(() -> input.toAbsolutePath().resolveSibling(
                    input.toAbsolutePath().getFileName() + SUFFIX));
            return new RemovePlan(folderItems(input, folder, ext));
        }
        if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("no such photo or folder: " + input);
        }
        Path target = output.map(o -> Files.isDirectory(o) ? o.resolve(stem(input) + SUFFIX + ext) : o)
                .orElseGet(() -> input.resolveSibling(stem(input) + SUFFIX + ext));
        return new RemovePlan(List.of(new Item(input, target)));
    }

    private static List<Item> folderItems(Path folder, Path outputFolder, String ext) {
        List<Path> sources;
        try (Stream<Path> files = Files.list(folder)) {
            sources = files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        List<Item> items = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Path source : sources) {
            // photo.jpg and photo.png both become photo.png: the second keeps its extension instead.
            String name = taken.add(stem(source)) ? stem(source) : source.getFileName().toString();
            items.add(new Item(source, outputFolder.resolve(name + ext)));
        }
        return List.copyOf(items);
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
