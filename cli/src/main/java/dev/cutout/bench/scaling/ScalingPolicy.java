package dev.cutout.bench.scaling;

/** One HPA v2 scaling policy: at most {@code value} pods, or {@code value} percent, per {@code periodSeconds}. */
record ScalingPolicy(Type type, int value, int periodSeconds) {

    /** How a policy's value counts. */
    enum Type { PODS, PERCENT }
}
