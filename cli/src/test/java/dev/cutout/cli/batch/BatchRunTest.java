package dev.cutout.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.cli.ProgressBar;
import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run with a stand-in target (no service): what it records, and how a stop ends it. */
class BatchRunTest {

    @TempDir
    Path root;

    /** Answers each photo with its own bytes as the "PNG"; a photo whose bytes say "broken" fails. */
    private static final class StandIn implements JobTarget {
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Runnable afterEach = () -> { };

        @Override
        public int defaultJobs() {
            return 1;
        }

        @Override
        public JobOutcome process(byte[] photo, JobOptions options) {
            seen.add(options.fileName().orElseThrow());
            JobOutcome outcome = new String(photo, StandardCharsets.UTF_8).equals("broken")
                    ? new JobOutcome.Failed(ErrorCode.CORRUPT_IMAGE, "damaged")
                    : new JobOutcome.Done(photo);
            afterEach.run();
            return outcome;
        }

        @Override
        public void close() {
        }
    }

    private BatchPlan plan(String... files) throws IOException {
        for (String file : files) {
            Path path = root.resolve("in").resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.contains("broken") ? "broken" : "pixels of " + file);
        }
        return BatchPlan.of(root.resolve("in"), root.resolve("out"));
    }

    private BatchSummary run(BatchPlan plan, StandIn target, StopSignal stop, int jobs) throws Exception {
        ProgressBar progress = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), plan.photos().size(), false, true);
        try (Manifest manifest = Manifest.open(plan.output())) {
            return new BatchRun(new PhotoJob(target, JobOptions.DEFAULT), manifest, progress, stop)
                    .run(plan.photos(), 0, jobs);
        }
    }

    @Test
    void everyPhotoEndsAsOneManifestLineWithItsResultWrittenWhereThePlanSays() throws Exception {
        BatchPlan plan = plan("a/one.jpg", "a/two.jpg", "b/broken.jpg", "b/three.jpg");

        BatchSummary summary = run(plan, new StandIn(), StopSignal.manual(), 2);

        assertThat(summary.done()).isEqualTo(3);
        assertThat(summary.failures()).containsOnlyKeys(ErrorCode.CORRUPT_IMAGE);
        assertThat(summary.exitCode()).isEqualTo(1);
        Map<String, ManifestEntry> lines = Manifest.read(plan.output().resolve(Manifest.FILE_NAME));
        assertThat(lines).containsOnlyKeys("a/one.jpg", "a/two.jpg", "b/broken.jpg", "b/three.jpg");
        Path written = root.resolve("out/b/three.png");
        assertThat(Files.readString(written)).isEqualTo("pixels of b/three.jpg");
        assertThat(lines.get("b/three.jpg").outputSha256()).hasValue(Sha256.hex(Files.readAllBytes(written)));
        assertThat(lines.get("b/broken.jpg").error().orElseThrow().code()).isEqualTo(ErrorCode.CORRUPT_IMAGE);
        assertThat(Files.exists(root.resolve("out/b/broken.png"))).isFalse();
    }

    @Test
    void aStopSubmitsNothingMoreAndRecordsWhatWasInFlight() throws Exception {
        BatchPlan plan = plan("p1.jpg", "p2.jpg", "p3.jpg", "p4.jpg");
        StandIn target = new StandIn();
        StopSignal stop = StopSignal.manual();
        // Stop while the second photo is in flight: it still finishes and is recorded.
        target.afterEach = () -> {
            if (target.seen.size() == 2) {
                stop.raise();
            }
        };

        BatchSummary summary = run(plan, target, stop, 1);

        assertThat(target.seen).containsExactly("p1.jpg", "p2.jpg");
        assertThat(summary.done()).isEqualTo(2);
        assertThat(summary.abandoned()).isZero();
        assertThat(summary.exitCode()).isEqualTo(BatchCommand.EXIT_INTERRUPTED);
        assertThat(Manifest.read(plan.output().resolve(Manifest.FILE_NAME))).containsOnlyKeys("p1.jpg", "p2.jpg");
    }
}
