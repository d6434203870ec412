package dev.cutout.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How much one process may hold more at the end of a run than at its start, and at most at any time: the
 * bounds a load or soak run states and checks. {@code rssCeilingBytes} is the memory limit the process has in
 * the shipped deployments (k8s and docker-compose), so a run that passes would also not be killed there.
 */
record ResourceBounds(long heapGrowthBytes, long rssGrowthBytes, long rssCeilingBytes, int threadGrowth,
                      int openFileGrowth) {

    static final long MIB = 1024 * 1024;

    /** What {@code later} breaks of these bounds against {@code earlier} (same process), one sentence each. */
    List<String> violations(ProcessSample earlier, ProcessSample later) {
        List<String> broken = new ArrayList<>();
        Optional<Long> heapGrowth = earlier.heapAfterGcBytes().flatMap(e -> later.heapAfterGcBytes().map(l -> l - e));
        heapGrowth.filter(growth -> growth > heapGrowthBytes).ifPresent(growth -> broken.add(String.format(
                "%s: heap after GC grew by %d MiB (bound %d MiB)", later.process(), growth / MIB, heapGrowthBytes / MIB)));
        long rssGrowth = later.rssBytes() - earlier.rssBytes();
        if (rssGrowth > rssGrowthBytes) {
            broken.add(String.format("%s: RSS grew by %d MiB (bound %d MiB)", later.process(), rssGrowth / MIB,
                    rssGrowthBytes / MIB));
        }
        if (later.threads() - earlier.threads() > threadGrowth) {
            broken.add(String.format("%s: threads %d → %d (bound +%d)", later.process(), earlier.threads(),
                    later.threads(), threadGrowth));
        }
        if (later.openFiles() - earlier.openFiles() > openFileGrowth) {
            broken.add(String.format("%s: open files %d → %d (bound +%d)", later.process(), earlier.openFiles(),
                    later.openFiles(), openFileGrowth));
        }
        return broken;
    }

    /** A sentence if {@code sample}'s RSS is above the ceiling. */
    Optional<String> ceilingViolation(ProcessSample sample) {
        return sample.rssBytes() > rssCeilingBytes
                ? Optional.of(String.format("%s: RSS %d MiB at %d s, above its %d MiB limit", sample.process(),
                        sample.rssBytes() / MIB, sample.elapsedSeconds(), rssCeilingBytes / MIB))
                : Optional.empty();
    }

    /** The bounds as a sentence for the report. */
    String describe() {
        String ceiling = rssCeilingBytes == Long.MAX_VALUE ? "" : String.format(" and at most %d MiB", rssCeilingBytes / MIB);
        return String.format("heap after GC +%d MiB, RSS +%d MiB%s, threads +%d, open files +%d",
                heapGrowthBytes / MIB, rssGrowthBytes / MIB, ceiling, threadGrowth, openFileGrowth);
    }
}
