package dev.cutout.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Samples every process of a run ({@link ProcessSample}) before, during (every {@code period}, on a daemon
 * thread) and after it, keeps every row, prints each as it is taken, and checks the rows against each
 * process's {@link ResourceBounds}: the end against the start, and every sample against the RSS ceiling.
 */
final class ResourceWatch implements AutoCloseable {

    /** One process to watch: how to sample it at a given second of the run, and what it may do. */
    record Watched(String name, LongFunction<ProcessSample> sampler, ResourceBounds bounds) {

        static Watched service(ServiceProcess service, ResourceBounds bounds) {
            return new Watched(service.name(), elapsed -> ProcessSample.of(service, elapsed), bounds);
        }

        static Watched pid(String name, long pid, ResourceBounds bounds) {
            return new Watched(name, elapsed -> ProcessSample.ofPid(name, pid, elapsed), bounds);
        }
    }

    /** A sample and the phase it was taken in ({@code before}, {@code during}, {@code after}). */
    record Row(String phase, ProcessSample sample) {
    }

    private static final Duration TICK = Duration.ofMillis(250);

    private final List<Watched> processes;
    private final long start = System.nanoTime();
    private final List<Row> rows = Collections.synchronizedList(new ArrayList<>());
    private Thread periodic;
    private volatile boolean running;

    ResourceWatch(List<Watched> processes) {
        this.processes = List.copyOf(processes);
    }

    /** One sample of every process, in {@code phase}. */
    void sample(String phase) {
        long elapsed = (System.nanoTime() - start) / 1_000_000_000L;
        for (Watched process : processes) {
            try {
                Row row = new Row(phase, process.sampler().apply(elapsed));
                rows.add(row);
                System.out.println("resources: " + line(row));
            } catch (RuntimeException e) {
                // a busy process that does not answer in time is a missing row, not the end of the watch
                System.out.println("resources: " + process.name() + " not sampled at " + elapsed + " s: " + e);
            }
        }
    }

    /** Samples {@code during} every {@code period} until {@link #close()}. */
    void sampleEvery(Duration period) {
        sampleEvery(period, () -> "during");
    }

    /** Samples every {@code period} until {@link #close()}, in the phase {@code phase} names at that moment. */
    void sampleEvery(Duration period, Supplier<String> phase) {
        running = true;
        periodic = new Thread(() -> {
            long next = System.nanoTime() + period.toNanos();
            while (running) {
                ServiceProcess.pause(TICK);
                if (running && System.nanoTime() >= next) {
                    sample(phase.get());
                    next += period.toNanos();
                }
            }
        }, "resource-watch");
        periodic.setDaemon(true);
        periodic.start();
    }

    /** Every bound broken: last {@code later}-phase sample against the first {@code earlier}-phase one, and every ceiling. */
    List<String> violations(String earlier, String later) {
        return violations(earlier, later, null);
    }

    /** As {@link #violations(String, String)} with {@code bounds} for every process instead of its own (null: its own). */
    List<String> violations(String earlier, String later, ResourceBounds bounds) {
        List<String> broken = new ArrayList<>();
        for (Watched process : processes) {
            ResourceBounds applied = bounds == null ? process.bounds() : bounds;
            Optional<ProcessSample> first = of(process, earlier).findFirst();
            Optional<ProcessSample> last = of(process, later).reduce((a, b) -> b);
            if (first.isPresent() && last.isPresent()) {
                broken.addAll(applied.violations(first.get(), last.get()));
            }
            of(process, null).map(applied::ceilingViolation).flatMap(Optional::stream).findFirst().ifPresent(broken::add);
        }
        return broken;
    }

    /** The highest RSS each process reached, as a sentence. */
    String peaks() {
        List<String> peaks = new ArrayList<>();
        for (Watched process : processes) {
            of(process, null).max(Comparator.comparingLong(ProcessSample::rssBytes)).ifPresent(peak -> peaks.add(
                    String.format("%s %d MiB", process.name(), peak.rssBytes() / ResourceBounds.MIB)));
        }
        return "peak RSS: " + String.join(", ", peaks);
    }

    /** Every row as a Markdown table, then each process's bounds. */
    String table() {
        StringBuilder out = new StringBuilder(
                "| process | phase | at s | heap after GC MiB | RSS MiB | threads | open files |\n|---|---|---|---|---|---|---|\n");
        synchronized (rows) {
            rows.stream().sorted(Comparator.comparing((Row row) -> row.sample().process()))
                    .forEach(row -> out.append(line(row)).append('\n'));
        }
        out.append('\n');
        processes.forEach(process -> out.append("- bounds of ").append(process.name()).append(": ")
                .append(process.bounds().describe()).append('\n'));
        return out.toString();
    }

    private Stream<ProcessSample> of(Watched process, String phase) {
        synchronized (rows) {
            return rows.stream().filter(row -> row.sample().process().equals(process.name()))
                    .filter(row -> phase == null || row.phase().equals(phase)).map(Row::sample).toList().stream();
        }
    }

    private static String line(Row row) {
        ProcessSample s = row.sample();
        return String.format("| %s | %s | %d | %s | %d | %d | %d |", s.process(), row.phase(), s.elapsedSeconds(),
                s.heapAfterGcBytes().map(heap -> Long.toString(heap / ResourceBounds.MIB)).orElse("-"),
                s.rssBytes() / ResourceBounds.MIB, s.threads(), s.openFiles());
    }

    @Override
    public void close() {
        running = false;
        if (periodic != null) {
            try {
                periodic.join(Duration.ofSeconds(90).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
