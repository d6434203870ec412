package dev.cutout.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The numbers of a load or soak run from its {@link JobRecord}s and wall time: outcomes, latency (p50, p95, max,
 * overall and per photo size) of the photos cut out, images per minute, and every problem a correct run has none
 * of (a broken job, a photo that was not cut out, a job id seen twice).
 */
record LoadSummary(List<JobRecord> records, Duration wall) {

    Map<JobRecord.Outcome, Long> outcomes() {
        Map<JobRecord.Outcome, Long> counts = new EnumMap<>(JobRecord.Outcome.class);
        records.forEach(record -> counts.merge(record.outcome(), 1L, Long::sum));
        return counts;
    }

    /** Jobs the gateways accepted (202): every one of them ended done or failed, or is a broken record. */
    long accepted() {
        return records.stream().filter(record -> !record.jobId().equals("-")).count();
    }

    double imagesPerMinute() {
        long done = outcomes().getOrDefault(JobRecord.Outcome.DONE, 0L);
        return done / (wall.toMillis() / 60_000.0);
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        records.stream().filter(record -> record.outcome() == JobRecord.Outcome.BROKEN).forEach(record -> problems.add(
                String.format("job %d (%s, %s via %s/%s): %s", record.index(), record.input().name(), record.jobId(),
                        record.submittedTo(), record.followedOn(), record.reason())));
        records.stream().filter(record -> !record.isHostile() && record.outcome() != JobRecord.Outcome.DONE
                        && record.outcome() != JobRecord.Outcome.BROKEN)
                .forEach(record -> problems.add("photo " + record.input().name() + " ended " + record.outcome() + ": "
                        + record.reason()));
        records.stream().map(JobRecord::jobId).filter(id -> !id.equals("-"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .forEach((id, times) -> {
                    if (times > 1) {
                        problems.add("job id " + id + " answered " + times + " times");
                    }
                });
        return problems;
    }

    /** The report: outcomes, throughput, latency overall and per size, and the hostile files' outcomes. */
    String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d jobs in %.1f min: %s; accepted %d; %.1f images/min%n%n", records.size(),
                wall.toMillis() / 60_000.0, outcomes(), accepted(), imagesPerMinute()));
        out.append("| photos | cut out | p50 s | p95 s | max s |\n|---|---|---|---|---|\n");
        List<JobRecord> done = records.stream().filter(record -> record.outcome() == JobRecord.Outcome.DONE
                && !record.isHostile()).toList();
        out.append(latencyRow("all", done));
        Map<Double, List<JobRecord>> bySize = new TreeMap<>(done.stream().collect(Collectors.groupingBy(
                record -> (double) Math.max(1, Math.round(record.input().megapixels())))));
        bySize.forEach((megapixels, group) -> out.append(latencyRow(String.format("%.0f MP", megapixels), group)));
        out.append('\n');
        Map<String, Long> hostile = new TreeMap<>(records.stream().filter(JobRecord::isHostile).collect(
                Collectors.groupingBy(record -> (record.outcome() + " " + record.reason().replaceAll(":.*", "")).trim(),
                        Collectors.counting())));
        out.append("hostile files: ").append(hostile).append('\n');
        return out.toString();
    }

    private static String latencyRow(String label, List<JobRecord> group) {
        long[] millis = group.stream().mapToLong(JobRecord::latencyMillis).sorted().toArray();
        if (millis.length == 0) {
            return "| " + label + " | 0 | - | - | - |\n";
        }
        return String.format("| %s | %d | %.1f | %.1f | %.1f |%n", label, millis.length, percentile(millis, 50) / 1e3,
                percentile(millis, 95) / 1e3, Arrays.stream(millis).max().orElseThrow() / 1e3);
    }

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
