package dev.cutout.bench.scaling;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

/**
 * The HorizontalPodAutoscaler's decision for one sync, as Kubernetes documents it ("Horizontal Pod
 * Autoscaling", algorithm details and configurable scaling behavior) for the external metric KEDA
 * serves with an {@code AverageValue} target: desired = ceil(metric / target), unless the ratio
 * metric / (target x current) is within the 0.1 tolerance; then the stabilization windows (the
 * lowest recommendation of the up window, the highest of the down window) and the rate policies,
 * counted from the replica count one policy period ago.
 */
final class HorizontalAutoscaler {

    static final double TOLERANCE = 0.1;

    private record Recommendation(long time, int replicas) {
    }

    private record ScaleEvent(long time, int change) {
    }

    private final ScalingSettings settings;
    private final Deque<Recommendation> recommendations = new ArrayDeque<>();
    private final Deque<ScaleEvent> events = new ArrayDeque<>();

    HorizontalAutoscaler(ScalingSettings settings) {
        this.settings = settings;
    }

    /** The replica count after a sync at {@code now} seconds, with {@code current} replicas and {@code metric} jobs waiting. */
    int sync(long now, int current, double metric) {
        int desired = desired(current, metric);
        int stabilized = stabilize(now, current, desired);
        int next = limitRate(now, current, stabilized);
        if (next != current) {
            events.addLast(new ScaleEvent(now, next - current));
        }
        events.removeIf(e -> e.time() <= now - longestPolicyPeriod());
        return next;
    }

    private int desired(int current, double metric) {
        double target = settings.queueLengthPerReplica();
        if (current > 0 && Math.abs(metric / (target * current) - 1) <= TOLERANCE) {
            return current;
        }
        return (int) Math.ceil(metric / target);
    }

    private int stabilize(long now, int current, int desired) {
        long window = Math.max(settings.scaleUp().stabilizationWindowSeconds(), settings.scaleDown().stabilizationWindowSeconds());
        recommendations.removeIf(r -> r.time() < now - window);
        int up = desired;
        int down = desired;
        for (Recommendation r : recommendations) {
            if (r.time() > now - settings.scaleUp().stabilizationWindowSeconds()) {
                up = Math.min(up, r.replicas());
            }
            if (r.time() > now - settings.scaleDown().stabilizationWindowSeconds()) {
                down = Math.max(down, r.replicas());
            }
        }
        recommendations.addLast(new Recommendation(now, desired));
        return Math.min(Math.max(current, up), down);
    }

    private int limitRate(long now, int current, int stabilized) {
        int min = settings.hpaMinReplicas();
        int max = settings.maxReplicas();
        if (stabilized > current) {
            return Math.min(stabilized, Math.min(max, Math.max(current, scaleUpLimit(now, current))));
        }
        if (stabilized < current) {
            return Math.max(stabilized, Math.max(min, Math.min(current, scaleDownLimit(now, current))));
        }
        return Math.max(min, Math.min(max, stabilized));
    }

    private int scaleUpLimit(long now, int current) {
        ScalingRules rules = settings.scaleUp();
        if (rules.select() == ScalingRules.Select.DISABLED) {
            return current;
        }
        int limit = rules.select() == ScalingRules.Select.MAX ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        for (ScalingPolicy policy : rules.policies()) {
            int start = current - changeWithin(now, policy.periodSeconds(), true);
            int proposed = policy.type() == ScalingPolicy.Type.PODS
                    ? start + policy.value()
                    : (int) Math.ceil(start * (1 + policy.value() / 100.0));
            limit = rules.select() == ScalingRules.Select.MAX ? Math.max(limit, proposed) : Math.min(limit, proposed);
        }
        return limit;
    }

    private int scaleDownLimit(long now, int current) {
        ScalingRules rules = settings.scaleDown();
        if (rules.select() == ScalingRules.Select.DISABLED) {
            return current;
        }
        // Max = the policy allowing the most change = the lowest floor.
        int limit = rules.select() == ScalingRules.Select.MAX ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        for (ScalingPolicy policy : rules.policies()) {
            int start = current + changeWithin(now, policy.periodSeconds(), false);
            int proposed = policy.type() == ScalingPolicy.Type.PODS
                    ? start - policy.value()
                    : (int) (start * (1 - policy.value() / 100.0));
            limit = rules.select() == ScalingRules.Select.MAX ? Math.min(limit, proposed) : Math.max(limit, proposed);
        }
        return limit;
    }

    /** Events older than this no longer limit any policy. */
    private int longestPolicyPeriod() {
        return Stream.of(settings.scaleUp(), settings.scaleDown())
                .flatMap(r -> r.policies().stream()).mapToInt(ScalingPolicy::periodSeconds).max().orElse(0);
    }

    /** Pods added (up) or removed (down) by this autoscaler within the last {@code period} seconds. */
    private int changeWithin(long now, int period, boolean up) {
        int sum = 0;
        for (ScaleEvent event : events) {
            if (event.time() > now - period && (event.change() > 0) == up) {
                sum += Math.abs(event.change());
            }
        }
        return sum;
    }
}
