package dev.cutout.bench.scaling;

import java.util.ArrayList;
import java.util.List;

/**
 * A burst of jobs published at once, drained by workers that KEDA and the HPA scale, in 1 s ticks:
 * the HPA syncs every {@value #HPA_SYNC_SECONDS} s while replicas are above zero; KEDA polls every
 * pollingInterval and alone moves between zero and one (activation above activationValue, back to
 * zero after cooldownPeriod without activity, only when minReplicaCount is 0). The metric is the
 * number of jobs waiting (ready messages; the one a busy worker holds is not counted).
 */
final class ScalingSimulation {

    static final int HPA_SYNC_SECONDS = 15;
    /** How long to follow the scale-down after the last job, at most. */
    private static final int TAIL_SECONDS = 1_800;
    private static final int MAX_SECONDS = 6 * 3_600;

    /** One second of the run. */
    record Tick(long second, long waiting, int inFlight, long done, int replicas, int readyPods) {
    }

    /** Everything that happened: one tick per second, and the second the last job finished (or -1). */
    record Run(List<Tick> ticks, long drainedAt, double firstDoneAt) {
    }

    private ScalingSimulation() {
    }

    static Run run(ScalingSettings settings, WorkerModel worker, long jobs, int initialReplicas) {
        WorkerPool pool = new WorkerPool(worker.startupSeconds(), worker.imagesPerMinute(), jobs);
        HorizontalAutoscaler hpa = new HorizontalAutoscaler(settings);
        pool.scaleTo(initialReplicas, -worker.startupSeconds()); // the initial pods are running already
        List<Tick> ticks = new ArrayList<>();
        long lastActive = 0;
        long drainedAt = -1;
        for (long t = 0; t <= MAX_SECONDS; t++) {
            long waiting = pool.waiting();
            int replicas = pool.replicas();
            if (t % settings.pollingIntervalSeconds() == 0 && settings.minReplicas() == 0) {
                if (waiting > settings.activationValue()) {
                    lastActive = t;
                    if (replicas == 0) {
                        pool.scaleTo(1, t);
                    }
                } else if (replicas > 0 && t - lastActive >= settings.cooldownPeriodSeconds()) {
                    pool.scaleTo(0, t);
                }
            }
            if (t % HPA_SYNC_SECONDS == 0 && pool.replicas() > 0) {
                pool.scaleTo(hpa.sync(t, pool.replicas(), waiting), t);
            }
            pool.advance(t + 1);
            ticks.add(new Tick(t + 1, pool.waiting(), pool.inFlight(), pool.done(), pool.replicas(), pool.readyPods(t + 1)));
            if (drainedAt < 0 && pool.done() == jobs) {
                drainedAt = t + 1;
            }
            if (drainedAt >= 0 && (pool.replicas() <= settings.minReplicas() || t + 1 - drainedAt >= TAIL_SECONDS)) {
                break;
            }
        }
        return new Run(List.copyOf(ticks), drainedAt, pool.firstDoneAt());
    }
}
