package dev.cutout.image.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Issue 16 §1: hostile input generated at test time (no binaries in the repository), each file with the
 * outcome Cutout owes it. Shared through common's test-jar: the decoder, gateway, AMQP and CLI tests all
 * push this same corpus through. Every accepted entry is small (at most 256 px a side, or 20000x1).
 */
public final class HostileCorpus {

    private static List<HostileFile> files;
    private static List<String> skipped;

    private HostileCorpus() {
    }

    /** Every entry, built once per JVM; file names are unique. */
    public static synchronized List<HostileFile> files() {
        if (files == null) {
            List<HostileFile> all = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            all.addAll(JpegEntries.all());
            all.addAll(PngEntries.all());
            all.addAll(GifEntries.all());
            all.addAll(BmpEntries.all());
            all.addAll(TiffEntries.all());
            all.addAll(WebpEntries.all());
            if (all.stream().noneMatch(f -> f.name().equals("webp-lossy.webp"))) {
                missing.add("cwebp is not installed (apt-get install -y webp): no lossy WebP entries");
            }
            Optional<List<HostileFile>> heic = HeicEntries.all();
            heic.ifPresentOrElse(all::addAll, () -> missing.add(HeicEntries.MISSING));
            all.addAll(NotImageEntries.all());
            Set<String> names = new HashSet<>();
            for (HostileFile file : all) {
                if (!names.add(file.name())) {
                    throw new IllegalStateException("two corpus entries are named " + file.name());
                }
            }
            files = List.copyOf(all);
            skipped = List.copyOf(missing);
        }
        return files;
    }

    /** Why some entries are missing on this machine (an encoder not installed); empty when none are. */
    public static synchronized List<String> skipped() {
        files();
        return skipped;
    }

    /** Writes every entry into {@code dir} under its name, for the command line and the system tests. */
    public static Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (HostileFile file : files()) {
                Files.write(dir.resolve(file.name()), file.bytes());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HostileFile named(String name) {
        return files().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no corpus entry " + name));
    }
}
