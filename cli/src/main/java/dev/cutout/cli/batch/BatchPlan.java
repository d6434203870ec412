package dev.cutout.cli.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every photo of a folder tree and where its result goes: sub-folders mirrored under the output folder,
 * names as {@code ./cutout remove} gives them in a folder ({@code photo.jpg} → {@code photo.png}; a second
 * {@code photo.*} in the same folder keeps its extension: {@code photo.png.png}). Hidden files and folders, and
 * the output folder when it lies inside the input, are left out.
 */
public record BatchPlan(Path input, Path output, List<Photo> photos) {

    /**
     * One photo.
     *
     * @param input  its path relative to the input folder, with {@code /} separators (the manifest's key)
     * @param output its result's path relative to the output folder, with {@code /} separators
     */
    public record Photo(Path source, String input, Path target, String output) {
    }

    public static BatchPlan of(Path input, Path output) {
        return of(input, output, "png");
    }

    /** As {@link #of(Path, Path)}, results named with {@code extension} (the job's format: png, webp, jpg). */
    public static BatchPlan of(Path input, Path output, String extension) {
        if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("not a folder: " + input + " (for one photo use ./cutout remove)");
        }
        Path root = input.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(out))
                    .filter(file -> !hidden(root.relativize(file)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
        List<Photo> photos = new ArrayList<>();
        Set<Path> taken = new HashSet<>();
        for (Path source : sources) {
            Path relative = root.relativize(source);
            Path folder = relative.getParent();
            String name = source.getFileName().toString();
            Path byStem = sibling(folder, stem(name) + "." + extension);
            Path target = taken.add(byStem) ? byStem : sibling(folder, name + "." + extension);
            taken.add(target);
            photos.add(new Photo(source, slashes(relative), out.resolve(target), slashes(target)));
        }
        return new BatchPlan(root, out, List.copyOf(photos));
    }

    private static Path sibling(Path folder, String name) {
        return folder == null ? Path.of(name) : folder.resolve(name);
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String slashes(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
