package dev.cutout.engine.pipeline;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/** How long each stage of one job took, in nanoseconds. */
public record StageTimings(Map<Stage, Long> nanos) {

    public StageTimings {
        nanos = Collections.unmodifiableMap(new EnumMap<>(nanos));
    }

    public long nanosOf(Stage stage) {
        return nanos.getOrDefault(stage, 0L);
    }

    public long totalNanos() {
        return nanos.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@code decode=120ms resize=40ms … total=2.9s}, for the one log line per job. */
    public String summary() {
        StringJoiner line = new StringJoiner(" ");
        nanos.forEach((stage, ns) -> line.add(stage.name().toLowerCase() + "=" + ns / 1_000_000 + "ms"));
        return line.add("total=" + totalNanos() / 1_000_000 + "ms").toString();
    }
}
