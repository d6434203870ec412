package dev.cutout.engine.pipeline;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;

/** The engine benchmarks' one way to time a step: printed, never asserted. */
public final class BenchmarkTimer {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private BenchmarkTimer() {
    }

    /**
     * Runs {@code work} {@code runs} times and prints the first run, then the warm runs' wall median and best and
     * the process's CPU median: on a shared machine the wall time depends on the neighbours, the CPU time much
     * less (on an idle machine wall ≈ CPU / cores when it scales). Returns the last result.
     */
    public static <T> T time(String stage, int runs, Supplier<T> work) {
        long[] ms = new long[runs];
        long[] cpu = new long[runs];
        T result = null;
        for (int r = 0; r < runs; r++) {
            long c0 = OS.getProcessCpuTime();
            long t0 = System.nanoTime();
            result = work.get();
            ms[r] = (System.nanoTime() - t0) / 1_000_000;
            cpu[r] = (OS.getProcessCpuTime() - c0) / 1_000_000;
        }
        long[] warm = Arrays.copyOfRange(ms, 1, runs);
        long[] warmCpu = Arrays.copyOfRange(cpu, 1, runs);
        Arrays.sort(warm);
        Arrays.sort(warmCpu);
        System.out.printf("%-36s first %5d ms | warm: median %5d ms, best %5d ms wall; CPU median %5d ms%n", stage,
                ms[0], warm[warm.length / 2], warm[0], warmCpu[warmCpu.length / 2]);
        return result;
    }
}
