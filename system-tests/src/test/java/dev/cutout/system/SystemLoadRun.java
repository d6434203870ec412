package dev.cutout.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 §5, the bounded load run ({@code ./cutout load}; not part of {@code ./cutout test}): {@code cutout.load.jobs}
 * jobs (300) from {@code cutout.load.concurrency} clients (16) through two gateways and two workers, the
 * {@link LoadMix} (photos of 1 to 24 MP and 5 % hostile files), each job followed and fetched through the gateway
 * it was not submitted to. None may be lost or run twice, every failure has a reason, and every process's heap
 * after GC, RSS, threads and open files stay within {@link LoadRig}'s bounds before, during and after. Prints
 * and writes {@code target/system-it/load-report.md}: outcomes, p50/p95/max latency, images/min, the samples.
 */
class SystemLoadRun {

    private static final Duration SAMPLE_PERIOD = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(5);

    @Test
    void everyJobEndsOnceWithItsReasonAndNoProcessGrows() {
        int jobs = Integer.getInteger("cutout.load.jobs", 300);
        int concurrency = Integer.getInteger("cutout.load.concurrency", 16);
        String model = System.getProperty("cutout.load.model", "medium");
        LoadMix mix = LoadMix.standard();
        try (LoadRig rig = LoadRig.start("load", model)) {
            rig.warmUp(mix);
            long endedBefore = rig.workerJobsEnded(0);
            ResourceWatch watch = rig.watch();
            watch.sample("before");
            watch.sampleEvery(SAMPLE_PERIOD);
            long start = System.nanoTime();
            List<JobRecord> records = new LoadClients(rig.gateways(), mix, concurrency).run(index -> index < jobs);
            LoadSummary summary = new LoadSummary(records, Duration.ofNanos(System.nanoTime() - start));
            watch.close();
            long ended = rig.workerJobsEnded(endedBefore + summary.accepted()) - endedBefore;
            ServiceProcess.pause(SETTLE);
            watch.sample("after");

            List<String> grown = watch.violations("before", "after");
            String report = String.format("# Load run: %d jobs, concurrency %d, model %s, 2 gateways + 2 workers%n%n%s%n"
                            + "workers ended %d jobs for %d accepted; requeued or skipped: %d; %s%n%n%s%nbounds broken: %s%n"
                            + "problems: %s%n", jobs, concurrency, model, summary.report(), ended, summary.accepted(),
                    rig.workerJobsRequeuedOrSkipped(), watch.peaks(), watch.table(), grown, summary.problems());
            System.out.println(report);
            System.out.println("written to " + SystemFiles.writeReport("load-report.md", report));

            assertThat(records).as("a record per job").hasSize(jobs);
            assertThat(summary.problems()).as("jobs lost, broken, refused photos or ids twice").isEmpty();
            assertThat(ended).as("jobs the workers ended: each accepted job exactly once").isEqualTo(summary.accepted());
            assertThat(rig.workerJobsRequeuedOrSkipped()).as("jobs requeued or skipped without any fault").isZero();
            assertThat(grown).as("resource bounds").isEmpty();
            assertThat(rig.dead()).as("processes that died").isEmpty();
        }
    }
}
