package dev.cutout.cli.batch;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM for a batch: the first asks it to stop submitting and let the jobs in flight
 * finish; the second gives up on those too. A JVM shutdown hook could not choose the exit code (130).
 */
final class StopSignal {

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch abandon = new CountDownLatch(1);
    private final Runnable onFirst;

    private StopSignal(Runnable onFirst) {
        this.onFirst = onFirst;
    }

    /** Handles INT and TERM from now on; {@code onFirst} runs once, on the first of them (tell the user). */
    static StopSignal install(Runnable onFirst) {
        StopSignal signal = new StopSignal(onFirst);
        Signal.handle(new Signal("INT"), s -> signal.raise());
        Signal.handle(new Signal("TERM"), s -> signal.raise());
        return signal;
    }

    /** A signal that only the code raises (tests). */
    static StopSignal manual() {
        return new StopSignal(() -> { });
    }

    void raise() {
        if (stop.getCount() > 0) {
            stop.countDown();
            onFirst.run();
        } else {
            abandon.countDown();
        }
    }

    boolean stopping() {
        return stop.getCount() == 0;
    }

    /** Waits until a second signal, at most {@code millis}; true when it came. */
    boolean awaitAbandon(long millis) throws InterruptedException {
        return abandon.await(millis, TimeUnit.MILLISECONDS);
    }
}
