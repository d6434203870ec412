package dev.cutout.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.contract.ErrorCode;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {

    private static BatchSummary summary(int done, TreeMap<ErrorCode, List<String>> failures, boolean interrupted) {
        return new BatchSummary(done, failures, 3, interrupted ? 2 : 0, interrupted, Duration.ofSeconds(30));
    }

    @Test
    void failuresAreListedPerCodeWithTheirPhotosAndCounted() {
        TreeMap<ErrorCode, List<String>> failures = new TreeMap<>();
        failures.put(ErrorCode.TIMEOUT, List.of("c.jpg: late"));
        failures.put(ErrorCode.CORRUPT_IMAGE, List.of("a.jpg: truncated", "b.jpg: truncated", "d.jpg: truncated"));

        List<String> lines = summary(6, failures, false).lines(2);

        assertThat(lines.get(0)).startsWith("6 done, 4 failed, 3 skipped (already done) in 30.0 s (20.0 images/min)");
        assertThat(lines.subList(1, lines.size())).containsExactly(
                "failed CORRUPT_IMAGE (3):", "  a.jpg: truncated", "  b.jpg: truncated",
                "  … and 1 more (see the manifest)", "failed TIMEOUT (1):", "  c.jpg: late");
    }

    @Test
    void theExitCodeIsOneWhenAnyPhotoFailedAndZeroWhenNone() {
        TreeMap<ErrorCode, List<String>> failures = new TreeMap<>();
        assertThat(summary(6, failures, false).exitCode()).isZero();
        failures.put(ErrorCode.CORRUPT_IMAGE, List.of("a.jpg: truncated"));
        assertThat(summary(6, failures, false).exitCode()).isEqualTo(1);
    }

    @Test
    void aStoppedRunExitsWith130AndSaysHowManyWereLeftUnfinished() {
        BatchSummary stopped = summary(2, new TreeMap<>(), true);

        assertThat(stopped.exitCode()).isEqualTo(130);
        assertThat(stopped.lines(5).get(0)).contains("; stopped, 2 left unfinished");
    }

    @Test
    void theProgressRateAndTimeLeftFollowFromWhatFinishedSoFar() {
        assertThat(RateText.of(0, 10, 0)).isEqualTo("-/min, ETA -");
        // 5 in 60 s: 5/min, 5 left → 1 minute.
        assertThat(RateText.of(5, 10, 60_000)).isEqualTo("5.0/min, ETA 1m00s");
        assertThat(RateText.of(1, 400, 30_000)).isEqualTo("2.0/min, ETA 3h19m");
    }
}
