package dev.cutout.bench.scaling;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints a simulated run: the settings, a table of the queue and the replicas over time, and a summary. */
final class ScalingReport {

    private static final int MINUTE = 60;

    private final ScalingSettings settings;
    private final WorkerModel worker;
    private final long jobs;
    private final ScalingSimulation.Run run;

    ScalingReport(ScalingSettings settings, WorkerModel worker, long jobs, ScalingSimulation.Run run) {
        this.settings = settings;
        this.worker = worker;
        this.jobs = jobs;
        this.run = run;
    }

    void printText(PrintStream out, String source, int stepSeconds) {
        out.printf(Locale.ROOT, "ScaledObject from %s: pollingInterval %d s, cooldownPeriod %d s, replicas %d-%d, "
                        + "queue length per replica %s, activationValue %s%n  scaleUp %s%n  scaleDown %s%n",
                source, settings.pollingIntervalSeconds(), settings.cooldownPeriodSeconds(), settings.minReplicas(),
                settings.maxReplicas(), number(settings.queueLengthPerReplica()), number(settings.activationValue()),
                settings.scaleUp(), settings.scaleDown());
        out.printf(Locale.ROOT, "worker: %s images/min, %s s from pod creation to ready; burst: %d jobs at t=0%n%n",
                number(worker.imagesPerMinute()), number(worker.startupSeconds()), jobs);
        out.printf("%8s %8s %9s %8s %8s %10s%n", "t", "queued", "in flight", "done", "desired", "ready pods");
        for (ScalingSimulation.Tick tick : rows(stepSeconds)) {
            out.printf("%8s %8d %9d %8d %8d %10d%n", clock(tick.second()), tick.waiting(), tick.inFlight(), tick.done(),
                    tick.replicas(), tick.readyPods());
        }
        out.println();
        summary().forEach(out::println);
    }

    /** A Markdown table, one row a minute and one at each change of the desired replicas. */
    void printMarkdown(PrintStream out) {
        out.println("| t | queued | in flight | done | desired replicas | ready pods |");
        out.println("|---|---|---|---|---|---|");
        for (ScalingSimulation.Tick tick : rows(MINUTE)) {
            out.printf("| %s | %d | %d | %d | %d | %d |%n", clock(tick.second()), tick.waiting(), tick.inFlight(), tick.done(),
                    tick.replicas(), tick.readyPods());
        }
        out.println();
        summary().forEach(line -> out.println(line.isEmpty() ? line : "- " + line));
    }

    /** Every step-th second, each change of the replica count, the drain and the last tick. */
    private List<ScalingSimulation.Tick> rows(int stepSeconds) {
        List<ScalingSimulation.Tick> rows = new ArrayList<>();
        int previous = -1;
        for (ScalingSimulation.Tick tick : run.ticks()) {
            boolean last = tick == run.ticks().get(run.ticks().size() - 1);
            if (tick.replicas() != previous || tick.second() % stepSeconds == 0 || tick.second() == run.drainedAt() || last) {
                rows.add(tick);
            }
            previous = tick.replicas();
        }
        return rows;
    }

    private List<String> summary() {
        List<String> lines = new ArrayList<>();
        ScalingSimulation.Tick peak = run.ticks().stream().max((a, b) -> Integer.compare(a.replicas(), b.replicas())).orElseThrow();
        double podSeconds = run.ticks().stream().mapToDouble(ScalingSimulation.Tick::replicas).sum();
        double ideal = jobs / (settings.maxReplicas() * worker.imagesPerMinute()) * MINUTE;
        lines.add(run.drainedAt() < 0 ? "the burst did not drain within the simulated time"
                : "burst drained in " + clock(run.drainedAt()) + " (" + jobs + " jobs; " + String.format(Locale.ROOT, "%.0f",
                jobs / (run.drainedAt() / (double) MINUTE)) + " jobs/min on average)");
        lines.add("first job done after " + String.format(Locale.ROOT, "%.1f s", run.firstDoneAt()));
        lines.add("peak " + peak.replicas() + " replicas, first reached at " + clock(peak.second()) + " ("
                + number(peak.replicas() * worker.imagesPerMinute()) + " jobs/min when all are ready)");
        lines.add("lower bound with " + settings.maxReplicas() + " workers ready from t=0: " + clock(Math.round(ideal)));
        lines.add("pod-minutes used until the end of the table: " + String.format(Locale.ROOT, "%.0f", podSeconds / MINUTE));
        ScalingSimulation.Tick end = run.ticks().get(run.ticks().size() - 1);
        lines.add("replicas at the end of the table (" + clock(end.second()) + "): " + end.replicas());
        return lines;
    }

    static String clock(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / MINUTE, seconds % MINUTE);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
