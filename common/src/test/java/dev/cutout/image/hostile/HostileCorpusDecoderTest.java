package dev.cutout.image.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cutout.contract.ErrorCode;
import dev.cutout.image.ImageDecoder;
import dev.cutout.image.ImageException;
import dev.cutout.image.ImageLimits;
import dev.cutout.image.RgbaImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 16 §1 (a): every corpus entry through {@link ImageDecoder#probe} and {@link ImageDecoder#decode}
 * with the default limits gets its expected outcome, as an image or a typed {@link ImageException} only.
 * Memory is measured as the bytes the decoding thread allocated (deterministic, unlike heap samples).
 */
class HostileCorpusDecoderTest {

    /** Generous: a hang, not a slow machine, is what this guards against. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final long MB = 1024 * 1024;
    /** Refused by the header: far below one row of the claimed pixels, let alone 4 bytes each. */
    private static final long HEADER_REFUSAL_BUDGET = 16 * MB;
    /** Any entry: every accepted one is small, so no decode should come near this. */
    private static final long ENTRY_BUDGET = 64 * MB;

    private static final ImageDecoder DECODER = new ImageDecoder(ImageLimits.DEFAULT);
    private static final HostileReport REPORT = new HostileReport("decoder",
            "file", "kind", "expected", "probe", "decode", "allocated MB", "ms");

    private record Outcome(Optional<ErrorCode> probe, Optional<ErrorCode> decode, String message, String untyped,
            long allocated, long millis) {
    }

    @BeforeAll
    static void resetHeapPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    @AfterAll
    static void writeReport() {
        long peak = heapPools().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        REPORT.note("corpus " + HostileCorpus.files().size() + " files; skipped: " + HostileCorpus.skipped());
        REPORT.note("peak heap used (sum of pool peaks, includes garbage not yet collected): " + peak / MB + " MB of "
                + Runtime.getRuntime().maxMemory() / MB + " MB max");
        System.out.println("hostile corpus, decoder: " + REPORT.write());
    }

    @Test
    void corpusHoldsAtLeastSixtyFilesWithAnAcceptedFileOfEveryFormat() {
        assertThat(HostileCorpus.files()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(HostileCorpus.files()).filteredOn(f -> f.expected().mustRefuse()).hasSizeGreaterThan(30);
        assertThat(HostileCorpus.files()).allSatisfy(f -> assertThat(f.bytes().length).isLessThan(2 * (int) MB));
    }

    @Test
    void deflateBombInflatesToWhatItClaims() throws Exception {
        byte[] bomb = DeflateBomb.zlibZeros(1000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InflaterInputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(bomb))) {
            in.transferTo(out);
        }
        assertThat((long) out.size()).isEqualTo(DeflateBomb.inflatedSize(1000));
        assertThat(out.toByteArray()).containsOnly(0);
        assertThat(DeflateBomb.inflatedSize(PngEntries.BOMB_BODY)).isGreaterThan(1_000_000_000L);
    }

    @TestFactory
    Stream<DynamicTest> everyEntryIsAcceptedOrRefusedAsExpectedWithATypedError() {
        return HostileCorpus.files().stream().map(file -> DynamicTest.dynamicTest(file.name(), () -> {
            Outcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> run(file));
            REPORT.row(file.name(), file.kind(), file.expected(), show(outcome.probe()),
                    outcome.untyped().isEmpty() ? show(outcome.decode()) : outcome.untyped(),
                    String.format(java.util.Locale.ROOT, "%.1f", outcome.allocated() / (double) MB), outcome.millis());
            assertThat(outcome.untyped()).as("%s: only ImageException may leave the decoder", file).isEmpty();
            assertThat(file.expected().allows(outcome.decode()))
                    .as("%s: decode gave %s (%s)", file, show(outcome.decode()), outcome.message()).isTrue();
            outcome.probe().ifPresent(refusal -> assertThat(outcome.decode())
                    .as("%s: what the gateway refuses from the header, the worker must refuse alike", file).contains(refusal));
            assertThat(outcome.allocated()).as("%s: bytes allocated by probe + decode", file).isLessThan(ENTRY_BUDGET);
            if (outcome.probe().equals(Optional.of(ErrorCode.TOO_MANY_PIXELS))) {
                assertThat(outcome.allocated()).as("%s: refused from the header, before any pixel buffer", file)
                        .isLessThan(HEADER_REFUSAL_BUDGET);
            }
        }));
    }

    /** Probe then decode, in the guarded thread; anything but an ImageException fails the entry. */
    private static Outcome run(HostileFile file) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        StringBuilder message = new StringBuilder();
        StringBuilder untyped = new StringBuilder();
        Optional<ErrorCode> probe = attempt(file, "probe", bytes -> { DECODER.probe(bytes); return null; }, message, untyped);
        Optional<ErrorCode> decode = attempt(file, "decode", DECODER::decode, message, untyped);
        return new Outcome(probe, decode, message.toString(), untyped.toString(),
                threads.getCurrentThreadAllocatedBytes() - before, (System.nanoTime() - start) / 1_000_000);
    }

    private static Optional<ErrorCode> attempt(HostileFile file, String step, Function<byte[], RgbaImage> call,
            StringBuilder message, StringBuilder untyped) {
        try {
            RgbaImage image = call.apply(file.bytes());
            if (image != null) {
                assertThat(image.argb()).hasSize(image.width() * image.height());
            }
            return Optional.empty();
        } catch (ImageException e) {
            assertThat(e.getMessage()).as("%s: %s refusal says why", file, step).isNotBlank();
            message.append(step).append(": ").append(e.getMessage()).append("; ");
            return Optional.of(e.code());
        } catch (Throwable e) { // an Error or untyped RuntimeException is exactly what this test hunts
            untyped.append(step).append(" threw ").append(e).append(' ');
            return Optional.empty();
        }
    }

    private static String show(Optional<ErrorCode> refusal) {
        return refusal.map(ErrorCode::name).orElse("ACCEPT");
    }

    private static Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP);
    }
}
