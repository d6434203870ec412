package dev.cutout.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 §5, the soak ({@code ./cutout soak --minutes N}; not part of {@code ./cutout test}): the load run's system
 * and mix for {@code cutout.soak.minutes} (10) at {@code cutout.soak.concurrency} (8), sampled every minute. The first
 * third (at least two minutes) warms up: every process reaches the working set of the largest photo. From then on
 * nothing may creep: the last sample against the first after the warm-up stays within {@link #SOAK} for every
 * process, and every sample under the processes' limits. Writes {@code target/system-it/soak-report.md}.
 */
class SystemSoakRun {

    private static final Duration SAMPLE_PERIOD = Duration.ofMinutes(1);
    private static final Duration MIN_WARM_UP = Duration.ofMinutes(2);
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final long MIB = ResourceBounds.MIB;
    /** After the warm-up a process may still vary this much, not grow by it: heap +64 MiB, RSS +256 MiB, threads, files. */
    static final ResourceBounds SOAK = new ResourceBounds(64 * MIB, 256 * MIB, Long.MAX_VALUE, 20, 50);

    @Test
    void nothingCreepsWhileJobsKeepComing() {
        int minutes = Integer.getInteger("cutout.soak.minutes", 10);
        int concurrency = Integer.getInteger("cutout.soak.concurrency", 8);
        String model = System.getProperty("cutout.load.model", "medium");
        Duration length = Duration.ofMinutes(minutes);
        Duration warmUp = length.dividedBy(3).compareTo(MIN_WARM_UP) > 0 ? length.dividedBy(3) : MIN_WARM_UP;
        LoadMix mix = LoadMix.standard();
        try (LoadRig rig = LoadRig.start("soak", model)) {
            rig.warmUp(mix);
            long endedBefore = rig.workerJobsEnded(0);
            ResourceWatch watch = rig.watch();
            watch.sample("before");
            long start = System.nanoTime();
            long warm = start + warmUp.toNanos();
            long deadline = start + length.toNanos();
            watch.sampleEvery(SAMPLE_PERIOD, () -> System.nanoTime() < warm ? "warming" : "soak");
            List<JobRecord> records = new LoadClients(rig.gateways(), mix, concurrency).run(index -> System.nanoTime() < deadline);
            LoadSummary summary = new LoadSummary(records, Duration.ofNanos(System.nanoTime() - start));
            watch.close();
            long ended = rig.workerJobsEnded(endedBefore + summary.accepted()) - endedBefore;
            ServiceProcess.pause(SETTLE);
            watch.sample("after");

            List<String> creep = watch.violations("soak", "after", SOAK);
            List<String> limits = watch.violations("before", "after");
            String report = String.format("# Soak: %d min, concurrency %d, model %s, 2 gateways + 2 workers (warm-up %d s)%n%n"
                            + "%s%nworkers ended %d jobs for %d accepted; requeued or skipped: %d; %s%n%n%s%n"
                            + "creep after the warm-up (%s): %s%nload bounds broken: %s%nproblems: %s%n", minutes, concurrency,
                    model, warmUp.toSeconds(), summary.report(), ended, summary.accepted(), rig.workerJobsRequeuedOrSkipped(),
                    watch.peaks(), watch.table(), SOAK.describe(), creep, limits, summary.problems());
            System.out.println(report);
            System.out.println("written to " + SystemFiles.writeReport("soak-report.md", report));

            assertThat(summary.problems()).as("jobs lost, broken, refused photos or ids twice").isEmpty();
            assertThat(ended).as("jobs the workers ended: each accepted job exactly once").isEqualTo(summary.accepted());
            assertThat(rig.workerJobsRequeuedOrSkipped()).as("jobs requeued or skipped without any fault").isZero();
            assertThat(creep).as("growth after the warm-up").isEmpty();
            assertThat(limits).as("resource bounds").isEmpty();
            assertThat(rig.dead()).as("processes that died").isEmpty();
        }
    }
}
