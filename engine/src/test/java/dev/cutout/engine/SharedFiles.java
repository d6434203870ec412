package dev.cutout.engine;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the team's shared test material ({@code ../shared} beside the repository). */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path evalImage(String name) {
        return existing(shared().resolve("eval/images").resolve(name));
    }

    public static Path evalAlpha(String name) {
        return existing(shared().resolve("eval/alpha").resolve(name));
    }

    public static Path photo(String name) {
        return existing(shared().resolve("photos").resolve(name));
    }

    private static Path shared() {
        String dir = System.getProperty("shared.dir");
        if (dir == null) {
            throw new IllegalStateException("system property shared.dir is not set: run the tests through Maven");
        }
        return Path.of(dir);
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing shared test file " + file);
        }
        return file;
    }
}
