package dev.cutout.gateway.batches;

import dev.cutout.contract.OutputFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which zip entry names are safe to echo back as paths in the result zip, and the result's name for
 * one ({@code a/b.jpg} → {@code a/b_no_bg.png}). Nothing is ever written to disk, but the result zip is
 * unpacked by clients, so a name that could climb out of their folder is refused here.
 */
final class EntryNames {

    private static final String SUFFIX = "_no_bg.";
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final int MAX_LENGTH = 512;

    private EntryNames() {
    }

    /** Why {@code name} is unsafe (zip-slip and friends); empty when it is a plain relative path. */
    static Optional<String> unsafe(String name) {
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            return Optional.of("the entry name is empty or longer than " + MAX_LENGTH + " characters");
        }
        if (name.indexOf('\\') >= 0) {
            return Optional.of("the entry name contains a backslash");
        }
        if (name.startsWith("/") || DRIVE.matcher(name).matches()) {
            return Optional.of("the entry name is an absolute path");
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.of("the entry name contains control characters");
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.of("the entry name contains a '" + segment + "' segment");
            }
        }
        return Optional.empty();
    }

    /** {@code a/b.jpg} → {@code a/b_no_bg.png} (or the extension of the result's format); for a safe name only. */
    static String output(String name, OutputFormat format) {
        int slash = name.lastIndexOf('/');
        String file = name.substring(slash + 1);
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        return name.substring(0, slash + 1) + stem + SUFFIX + format.extension();
    }

    /** A name taken by an earlier entry gets a counter: {@code a/b_no_bg.png} → {@code a/b_no_bg-2.png}. */
    static String numbered(String output, int n) {
        int dot = output.lastIndexOf('.');
        return output.substring(0, dot) + "-" + n + output.substring(dot);
    }

    static boolean looksLikeArchive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".zip") || lower.endsWith(".jar") || lower.endsWith(".7z") || lower.endsWith(".rar")
                || lower.endsWith(".tar") || lower.endsWith(".gz");
    }
}
