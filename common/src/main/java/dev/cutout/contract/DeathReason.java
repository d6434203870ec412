package dev.cutout.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Why RabbitMQ dead-lettered a job, from its {@code x-death} (latest death first) or {@code x-first-death-reason} header. */
public enum DeathReason {
    /** Delivered {@value dev.cutout.contract.Topology#DELIVERY_LIMIT} times without being settled: the worker kept failing. */
    DELIVERY_LIMIT,
    /** Waited longer than the retention: no worker took it. */
    EXPIRED,
    /** Rejected by a worker after reporting the failure itself. */
    REJECTED,
    /** Anything else (e.g. maxlen), or no header at all. */
    UNKNOWN;

    public static final String X_DEATH = "x-death";
    public static final String X_FIRST_DEATH_REASON = "x-first-death-reason";

    public static DeathReason of(Map<String, ?> headers) {
        Optional<String> reason = latestDeath(headers.get(X_DEATH))
                .or(() -> Optional.ofNullable(headers.get(X_FIRST_DEATH_REASON)).map(Object::toString));
        return reason.map(DeathReason::named).orElse(UNKNOWN);
    }

    private static Optional<String> latestDeath(Object xDeath) {
        if (xDeath instanceof List<?> deaths && !deaths.isEmpty() && deaths.get(0) instanceof Map<?, ?> death) {
            return Optional.ofNullable(death.get("reason")).map(Object::toString);
        }
        return Optional.empty();
    }

    private static DeathReason named(String reason) {
        return switch (reason) {
            case "delivery_limit" -> DELIVERY_LIMIT;
            case "expired" -> EXPIRED;
            case "rejected" -> REJECTED;
            default -> UNKNOWN;
        };
    }
}
