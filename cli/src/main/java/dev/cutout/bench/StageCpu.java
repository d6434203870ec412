package dev.cutout.bench;

import dev.cutout.engine.pipeline.Stage;
import java.lang.management.ManagementFactory;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The process's CPU time between stage boundaries, charged to the stage that was running: core-seconds
 * per stage of one job when nothing else runs in the process (all threads count, ONNX Runtime's too).
 */
final class StageCpu implements Consumer<Stage> {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
    private Stage running;
    private long since;

    @Override
    public void accept(Stage next) {
        charge();
        running = next;
    }

    /** Ends the job: charges the last stage and returns the CPU nanoseconds per stage. */
    Map<Stage, Long> finish() {
        charge();
        running = null;
        return nanos;
    }

    private void charge() {
        long now = os.getProcessCpuTime();
        if (running != null) {
            nanos.merge(running, now - since, Long::sum);
        }
        since = now;
    }
}
