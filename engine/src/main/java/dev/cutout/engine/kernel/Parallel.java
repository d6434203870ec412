package dev.cutout.engine.kernel;

import java.util.stream.IntStream;

/** Splits row ranges over the common fork-join pool; small inputs stay on the calling thread. */
public final class Parallel {

    /** Below this many items of work the fork-join hand-off costs more than it saves. */
    private static final long MIN_PARALLEL_WORK = 1L << 16;
    /** Chunks per worker, so an uneven chunk does not leave a core idle at the end. */
    private static final int CHUNKS_PER_WORKER = 4;

    /** Work on the half-open range {@code [from, to)}. */
    @FunctionalInterface
    public interface RangeTask {
        void run(int from, int to);
    }

    private Parallel() {
    }

    /**
     * Runs {@code task} over {@code [0, count)} in contiguous chunks.
     *
     * @param workPerItem rough cost of one item (e.g. pixels per row), to decide whether to fork
     */
    public static void forRanges(int count, long workPerItem, RangeTask task) {
        int workers = Runtime.getRuntime().availableProcessors();
        if (workers == 1 || count < 2 || count * workPerItem < MIN_PARALLEL_WORK) {
            task.run(0, count);
            return;
        }
        int chunks = Math.min(count, workers * CHUNKS_PER_WORKER);
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = (int) ((long) count * c / chunks);
            int to = (int) ((long) count * (c + 1) / chunks);
            task.run(from, to);
        });
    }
}
