package dev.cutout.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.contract.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeDecisionTest {

    private static final byte[] PNG = {1, 2, 3};

    @TempDir
    Path folder;
    private Path target;
    private ManifestEntry done;

    @BeforeEach
    void writeResult() throws IOException {
        target = folder.resolve("photo.png");
        Files.write(target, PNG);
        done = new ManifestEntry("photo.jpg", "photo.png", 9, "in-sha", Optional.of(Sha256.hex(PNG)), "opts",
                ManifestEntry.Status.DONE, Optional.empty(), new ManifestEntry.Timings(1, 2), Instant.now());
    }

    @Test
    void skipsAPhotoDoneFromTheSameBytesWithTheSameOptionsWhoseResultIsUnchanged() throws IOException {
        assertThat(ResumeDecision.of(Optional.of(done), "in-sha", "opts", target))
                .isEqualTo(ResumeDecision.Verdict.SKIP_DONE);
    }

    @Test
    void makesAPhotoTheManifestDoesNotKnow() throws IOException {
        assertThat(ResumeDecision.of(Optional.empty(), "in-sha", "opts", target).skip()).isFalse();
    }

    @Test
    void retriesAFailedPhoto() throws IOException {
        assertThat(ResumeDecision.of(Optional.of(ManifestTest.failed("photo.jpg", ErrorCode.TIMEOUT)), "abc", "opts",
                target)).isEqualTo(ResumeDecision.Verdict.RETRY_FAILED);
    }

    @Test
    void remakesAPhotoWhoseBytesChanged() throws IOException {
        assertThat(ResumeDecision.of(Optional.of(done), "other-sha", "opts", target))
                .isEqualTo(ResumeDecision.Verdict.PHOTO_CHANGED);
    }

    @Test
    void remakesAPhotoAskedWithOtherOptions() throws IOException {
        assertThat(ResumeDecision.of(Optional.of(done), "in-sha", "other", target))
                .isEqualTo(ResumeDecision.Verdict.OPTIONS_CHANGED);
    }

    @Test
    void remakesAPhotoWhoseResultWasDeleted() throws IOException {
        Files.delete(target);
        assertThat(ResumeDecision.of(Optional.of(done), "in-sha", "opts", target))
                .isEqualTo(ResumeDecision.Verdict.OUTPUT_MISSING);
    }

    @Test
    void remakesAPhotoWhoseResultWasOverwritten() throws IOException {
        Files.write(target, new byte[] {9});
        assertThat(ResumeDecision.of(Optional.of(done), "in-sha", "opts", target))
                .isEqualTo(ResumeDecision.Verdict.OUTPUT_CHANGED);
    }
}
