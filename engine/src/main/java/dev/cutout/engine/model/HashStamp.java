package dev.cutout.engine.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers a file's SHA-256 beside it, valid while the file's inode, size and change time stay the same,
 * so a start does not hash 90 MB of model it hashed before (the way git's index trusts unchanged stat data).
 *
 * <p>The change time (ctime) moves on every write, rename onto the path or attribute change, and no tool can
 * set it back, so a truncated, replaced or re-downloaded file is hashed again. The kernel's clock for it ticks
 * coarsely (milliseconds), so a file changed within {@link #SETTLE} of its hash is not stamped: a second write
 * in the same tick could otherwise keep the stamp (git's "racy clean" case). Someone who can write the model
 * directory could also write the stamp; the stamp guards against accidents, as the hash itself does. Where the
 * file system has no unix attributes or the directory is read-only, every start hashes.
 */
final class HashStamp {

    private static final boolean UNIX = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    /** How long a file must have been left alone before its hash is stamped. */
    static final Duration SETTLE = Duration.ofSeconds(2);

    private HashStamp() {}

    /** The file's SHA-256: from its stamp when the file is unchanged since, else hashed (and stamped when possible). */
    static String sha256(Path file) throws IOException {
        return sha256(file, Clock.systemUTC());
    }

    static String sha256(Path file, Clock clock) throws IOException {
        Optional<String> identity = identity(file);
        Path stamp = stampOf(file);
        if (identity.isPresent() && Files.isRegularFile(stamp)) {
            String[] recorded = Files.readString(stamp, StandardCharsets.US_ASCII).trim().split(" ", 2);
            if (recorded.length == 2 && recorded[1].equals(identity.get())) {
                return recorded[0];
            }
        }
        String sha = Sha256.of(file);
        if (identity.isPresent() && settled(file, clock) && Files.isWritable(file.getParent())) {
            write(stamp, sha + " " + identity.get() + "\n", file);
        }
        return sha;
    }

    /** inode, size and change time; empty where the file system does not tell them. */
    private static Optional<String> identity(Path file) throws IOException {
        if (!UNIX) {
            return Optional.empty();
        }
        Object inode = Files.getAttribute(file, "unix:ino");
        long size = Files.size(file);
        FileTime changed = (FileTime) Files.getAttribute(file, "unix:ctime");
        return Optional.of("ino=" + inode + " size=" + size + " ctime=" + changed.toInstant());
    }

    private static boolean settled(Path file, Clock clock) throws IOException {
        Instant changed = ((FileTime) Files.getAttribute(file, "unix:ctime")).toInstant();
        return changed.isBefore(clock.instant().minus(SETTLE));
    }

    static Path stampOf(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".sha256-stamp");
    }

    private static void write(Path stamp, String line, Path permissionsOf) throws IOException {
        Path tmp = Files.createTempFile(stamp.getParent(), stamp.getFileName().toString(), ".partial");
        try {
            Files.writeString(tmp, line, StandardCharsets.US_ASCII);
            // Temp files are owner-only; whoever may read the model may read what is known of it.
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(permissionsOf));
            Files.move(tmp, stamp, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
