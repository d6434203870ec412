package dev.cutout.bench.scaling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Worker pods taking jobs from a queue one at a time: a pod takes jobs once ready (startup after
 * its creation), each job takes a fixed service time; a pod removed while busy finishes its job
 * first (the worker's drain on SIGTERM).
 */
final class WorkerPool {

    private static final class Pod {
        final double readyAt;
        double freeAt;
        boolean busy;
        boolean draining;

        Pod(double readyAt) {
            this.readyAt = readyAt;
            this.freeAt = readyAt;
        }
    }

    private final double startupSeconds;
    private final double serviceSeconds;
    private final List<Pod> pods = new ArrayList<>();
    private long waiting;
    private long done;
    private double firstDoneAt = Double.NaN;

    WorkerPool(double startupSeconds, double imagesPerMinute, long jobs) {
        this.startupSeconds = startupSeconds;
        this.serviceSeconds = 60.0 / imagesPerMinute;
        this.waiting = jobs;
    }

    /** Creates or removes pods: not-ready ones go first, then idle ones, busy ones last (they drain). */
    void scaleTo(int replicas, double now) {
        List<Pod> live = live();
        for (int i = live.size(); i < replicas; i++) {
            pods.add(new Pod(now + startupSeconds));
        }
        live.sort(Comparator.comparingInt((Pod p) -> p.readyAt > now ? 0 : p.busy ? 2 : 1));
        for (int i = 0; i < live.size() - replicas; i++) {
            Pod pod = live.get(i);
            pod.draining = true;
        }
        pods.removeIf(p -> p.draining && !p.busy);
    }

    /** Runs every pod up to time {@code until}. */
    void advance(double until) {
        for (Pod pod : pods) {
            while (pod.freeAt <= until) {
                if (pod.busy) {
                    pod.busy = false;
                    done++;
                    if (Double.isNaN(firstDoneAt)) {
                        firstDoneAt = pod.freeAt;
                    }
                }
                if (pod.draining || waiting == 0) {
                    pod.freeAt = Math.max(pod.freeAt, until);
                    break;
                }
                waiting--;
                pod.busy = true;
                pod.freeAt += serviceSeconds;
            }
        }
        pods.removeIf(p -> p.draining && !p.busy);
    }

    private List<Pod> live() {
        return new ArrayList<>(pods.stream().filter(p -> !p.draining).toList());
    }

    int replicas() {
        return live().size();
    }

    int readyPods(double now) {
        return (int) live().stream().filter(p -> p.readyAt <= now).count();
    }

    int inFlight() {
        return (int) pods.stream().filter(p -> p.busy).count();
    }

    long waiting() {
        return waiting;
    }

    long done() {
        return done;
    }

    double firstDoneAt() {
        return firstDoneAt;
    }
}
