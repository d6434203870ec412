package dev.cutout.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cutout.contract.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path folder;

    static ManifestEntry done(String input, String sha) {
        return new ManifestEntry(input, input + ".png", 1234, sha, Optional.of("out-" + sha), "opts",
                ManifestEntry.Status.DONE, Optional.empty(), new ManifestEntry.Timings(800, 900),
                Instant.parse("2026-12-03T18:00:00Z"));
    }

    static ManifestEntry failed(String input, ErrorCode code) {
        return new ManifestEntry(input, input + ".png", 10, "abc", Optional.empty(), "opts",
                ManifestEntry.Status.FAILED, Optional.of(new ManifestEntry.Failure(code, "broken")),
                new ManifestEntry.Timings(5, 6), Instant.parse("2026-12-03T18:00:00Z"));
    }

    private Path file() {
        return folder.resolve(Manifest.FILE_NAME);
    }

    @Test
    void entriesAppendedInOneRunAreWhatTheNextRunReads() throws IOException {
        try (Manifest manifest = Manifest.open(folder)) {
            assertThat(manifest.previous()).isEmpty();
            manifest.append(done("a/one.jpg", "111"));
            manifest.append(failed("b/two.jpg", ErrorCode.CORRUPT_IMAGE));
        }
        try (Manifest manifest = Manifest.open(folder)) {
            assertThat(manifest.previous().get("a/one.jpg")).isEqualTo(done("a/one.jpg", "111"));
            assertThat(manifest.previous().get("b/two.jpg").error()).hasValueSatisfying(
                    failure -> assertThat(failure.code()).isEqualTo(ErrorCode.CORRUPT_IMAGE));
        }
    }

    @Test
    void eachLineIsFlushedAsSoonAsItIsAppended() throws IOException {
        try (Manifest manifest = Manifest.open(folder)) {
            manifest.append(done("one.jpg", "111"));
            // Read while still open: a killed run leaves what was appended.
            assertThat(Files.readAllLines(file())).hasSize(1);
            assertThat(Manifest.parse(Files.readAllLines(file()).get(0))).isEqualTo(done("one.jpg", "111"));
        }
    }

    @Test
    void aTornLastLineIsDroppedAndTheNextAppendStartsOnAFreshLine() throws IOException {
        String whole = Manifest.line(done("one.jpg", "111"));
        String torn = Manifest.line(done("two.jpg", "222")).substring(0, 40);
        Files.writeString(file(), whole + "\n" + torn, StandardCharsets.UTF_8);

        try (Manifest manifest = Manifest.open(folder)) {
            assertThat(manifest.previous()).containsOnlyKeys("one.jpg");
            manifest.append(done("three.jpg", "333"));
        }
        List<String> lines = Files.readAllLines(file());
        assertThat(lines).hasSize(2);
        assertThat(Manifest.parse(lines.get(1)).input()).isEqualTo("three.jpg");
    }

    @Test
    void theLatestLineOfAPhotoWinsAndOpeningCompactsToOneLinePerPhoto() throws IOException {
        Files.writeString(file(), Manifest.line(failed("one.jpg", ErrorCode.INTERNAL)) + "\n"
                + Manifest.line(done("two.jpg", "222")) + "\n" + Manifest.line(done("one.jpg", "111")) + "\n");

        try (Manifest manifest = Manifest.open(folder)) {
            assertThat(manifest.previous().get("one.jpg").status()).isEqualTo(ManifestEntry.Status.DONE);
        }
        assertThat(Files.readAllLines(file())).hasSize(2);
    }

    @Test
    void aDamagedLineBeforeTheLastStopsTheRunInsteadOfRedoingOrLosingPhotos() throws IOException {
        Files.writeString(file(), "{not json\n" + Manifest.line(done("two.jpg", "222")) + "\n");

        assertThatThrownBy(() -> Manifest.open(folder)).isInstanceOf(IOException.class).hasMessageContaining("line 1");
        assertThat(Files.readString(file())).startsWith("{not json");
    }

    @Test
    void aLineReadsWithStatusAndErrorAsTheManifestFormatSays() throws IOException {
        try (Manifest manifest = Manifest.open(folder)) {
            manifest.append(failed("two.jpg", ErrorCode.CORRUPT_IMAGE));
        }
        Files.writeString(file(), "", StandardOpenOption.APPEND);
        assertThat(Files.readString(file()))
                .contains("\"input\":\"two.jpg\"", "\"status\":\"failed\"", "\"code\":\"CORRUPT_IMAGE\"",
                        "\"outputSha256\":null", "\"jobMs\":5");
    }
}
