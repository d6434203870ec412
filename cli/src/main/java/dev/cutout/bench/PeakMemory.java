package dev.cutout.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak resident set size of this process and peak Java heap since the last reset, for benchmark output. */
final class PeakMemory {

    private static final long MIB = 1024 * 1024;

    private PeakMemory() {
    }

    static void resetHeapPeak() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks (an upper bound of the peak heap in use). */
    static long heapPeakMib() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / MIB;
    }

    /** VmHWM from /proc/self/status: the process's resident high-water mark (native ONNX Runtime memory included). */
    static long residentPeakMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/self/status (Linux only)", e);
        }
        throw new IllegalStateException("no VmHWM in /proc/self/status");
    }
}
