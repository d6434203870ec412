package dev.cutout.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashStampTest {

    /** A clock far enough ahead that every file in the test counts as settled. */
    private static final Clock LATER = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1)).withZone(ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void trustsTheStampWhileTheFileIsUnchanged() throws IOException {
        Path model = write("model.onnx", "weights");
        String sha = HashStamp.sha256(model, LATER);
        assertThat(sha).isEqualTo(Sha256.of(model));
        forgeStampedHash(model, "f".repeat(64));

        assertThat(HashStamp.sha256(model, LATER)).as("an unchanged file is not hashed again").isEqualTo("f".repeat(64));
    }

    @Test
    void hashesAgainWhenTheFileGrowsOrShrinks() throws IOException {
        Path model = write("model.onnx", "weights");
        HashStamp.sha256(model, LATER);
        forgeStampedHash(model, "f".repeat(64));
        Files.writeString(model, "!", StandardOpenOption.APPEND);

        assertThat(HashStamp.sha256(model, LATER)).isEqualTo(Sha256.of(model));
    }

    @Test
    void hashesAgainWhenTheFileIsReplaced() throws IOException {
        Path model = write("model.onnx", "weights");
        HashStamp.sha256(model, LATER);
        forgeStampedHash(model, "f".repeat(64));
        Path download = write("download.partial", "WEIGHTS");
        Files.move(download, model, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        assertThat(HashStamp.sha256(model, LATER)).isEqualTo(Sha256.of(model));
    }

    @Test
    void doesNotStampAFileChangedMomentsAgo() throws IOException {
        Path model = write("model.onnx", "weights");

        assertThat(HashStamp.sha256(model)).isEqualTo(Sha256.of(model));
        assertThat(HashStamp.stampOf(model)).as("a write in the same clock tick could hide behind it").doesNotExist();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.US_ASCII);
    }

    /** Keeps the stamp's file identity but swaps the hash, so a test can tell a trusted stamp from a fresh hash. */
    private static void forgeStampedHash(Path model, String sha) throws IOException {
        Path stamp = HashStamp.stampOf(model);
        String identity = Files.readString(stamp, StandardCharsets.US_ASCII).trim().split(" ", 2)[1];
        Files.writeString(stamp, sha + " " + identity + "\n", StandardCharsets.US_ASCII);
    }
}
