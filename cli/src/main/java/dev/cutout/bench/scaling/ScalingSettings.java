package dev.cutout.bench.scaling;

/**
 * A KEDA ScaledObject's settings that decide how workers follow a queue: KEDA's own (polling,
 * cool-down, replica bounds, the rabbitmq trigger's target and activation) and the HPA behaviour.
 */
record ScalingSettings(int pollingIntervalSeconds, int cooldownPeriodSeconds, int minReplicas, int maxReplicas,
                       double queueLengthPerReplica, double activationValue, ScalingRules scaleUp, ScalingRules scaleDown) {

    ScalingSettings {
        if (minReplicas < 0 || maxReplicas < Math.max(1, minReplicas) || queueLengthPerReplica <= 0 || pollingIntervalSeconds < 1) {
            throw new IllegalArgumentException("unusable ScaledObject settings: min " + minReplicas + ", max " + maxReplicas
                    + ", value " + queueLengthPerReplica + ", pollingInterval " + pollingIntervalSeconds);
        }
    }

    /** The HPA's lower bound: KEDA hands it at least one replica and keeps zero for itself. */
    int hpaMinReplicas() {
        return Math.max(1, minReplicas);
    }
}
