package dev.cutout.bench.scaling;

import java.util.List;

/** One direction of an HPA's {@code behavior}: its stabilization window, policies and how they combine. */
record ScalingRules(int stabilizationWindowSeconds, Select select, List<ScalingPolicy> policies) {

    /** {@code selectPolicy}: the policy allowing the most change (Max), the least (Min), or no change at all. */
    enum Select { MAX, MIN, DISABLED }

    ScalingRules {
        policies = List.copyOf(policies);
    }

    /** Kubernetes' default for scaling up: no window; 4 pods or 100 % per 15 s, whichever is more. */
    static ScalingRules defaultScaleUp() {
        return new ScalingRules(0, Select.MAX, List.of(
                new ScalingPolicy(ScalingPolicy.Type.PERCENT, 100, 15), new ScalingPolicy(ScalingPolicy.Type.PODS, 4, 15)));
    }

    /** Kubernetes' default for scaling down: a 300 s window, then 100 % per 15 s. */
    static ScalingRules defaultScaleDown() {
        return new ScalingRules(300, Select.MAX, List.of(new ScalingPolicy(ScalingPolicy.Type.PERCENT, 100, 15)));
    }
}
