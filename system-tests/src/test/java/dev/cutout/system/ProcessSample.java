package dev.cutout.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What one process holds at one moment, as a load or soak run samples it: the heap in use right after a full
 * GC ({@code jcmd PID GC.run}, then the service's own {@code jvm_memory_used_bytes{area="heap"}}; empty for a
 * process that is not one of ours, such as the broker), its resident set, threads and open file descriptors
 * (from {@code /proc}).
 */
record ProcessSample(String process, long elapsedSeconds, Optional<Long> heapAfterGcBytes, long rssBytes, int threads,
                     int openFiles) {

    private static final Duration JCMD_TIMEOUT = Duration.ofSeconds(60);
    private static final long KB = 1024;

    /** Samples a service (a full GC first, so the heap figure is what is really retained). */
    static ProcessSample of(ServiceProcess service, long elapsedSeconds) {
        collectGarbage(service.pid());
        long heap = (long) service.metric("jvm_memory_used_bytes", "area=\"heap\"");
        return fromProc(service.name(), service.pid(), elapsedSeconds, Optional.of(heap));
    }

    /** Samples any process by its pid: RSS, threads and descriptors only. */
    static ProcessSample ofPid(String name, long pid, long elapsedSeconds) {
        return fromProc(name, pid, elapsedSeconds, Optional.empty());
    }

    private static ProcessSample fromProc(String name, long pid, long elapsedSeconds, Optional<Long> heap) {
        Path proc = Path.of("/proc", Long.toString(pid));
        try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
            int openFiles = (int) fds.count();
            long rss = 0;
            int threads = 0;
            for (String line : Files.readAllLines(proc.resolve("status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", "")) * KB;
                } else if (line.startsWith("Threads:")) {
                    threads = Integer.parseInt(line.replaceAll("\\D", ""));
                }
            }
            return new ProcessSample(name, elapsedSeconds, heap, rss, threads, openFiles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc of " + name + " (pid " + pid + ")", e);
        }
    }

    private static void collectGarbage(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process run = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!run.waitFor(JCMD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                run.destroyForcibly();
                throw new IllegalStateException("jcmd " + pid + " GC.run did not return within " + JCMD_TIMEOUT);
            }
            if (run.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + pid + " GC.run exited with " + run.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + jcmd + " (a JDK, not a JRE, runs the system tests)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
