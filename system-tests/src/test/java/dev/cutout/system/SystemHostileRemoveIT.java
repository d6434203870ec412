package dev.cutout.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.image.hostile.HostileCorpus;
import dev.cutout.image.hostile.HostileFile;
import dev.cutout.image.hostile.HostileReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 §1 (d): {@code ./cutout remove} on a folder holding the whole hostile corpus, as the script runs
 * it (the shipped jar and lib/, here with a 512 MB heap so a spike would show as an OutOfMemoryError):
 * one line with the reason per bad file, good ones written, exit code 1, the summary printed at the end.
 */
class SystemHostileRemoveIT {

    private static final int HEAP_MB = 512;
    private static final long TIMEOUT_MINUTES = 10;
    /** G1's log line per collection: "... 24M->5M(256M) 3.2ms"; the first number is the heap used before it. */
    private static final Pattern GC_BEFORE = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");

    @Test
    void removeOnTheCorpusFolderReportsEveryBadFileWritesTheGoodOnesAndEndsWithExitCodeOne() throws Exception {
        Path work = SystemFiles.log("hostile-remove").resolveSibling("hostile-remove");
        deleteTree(work);
        Path corpus = HostileCorpus.writeTo(work.resolve("corpus"));
        Path output = work.resolve("out");
        Path gcLog = work.resolve("gc.log");
        long start = System.nanoTime();

        int exit = run(corpus, output, gcLog, work);

        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        String err = Files.readString(work.resolve("remove.err"), StandardCharsets.UTF_8);
        String out = Files.readString(work.resolve("remove.out"), StandardCharsets.UTF_8);
        HostileReport report = new HostileReport("cli", "file", "expected", "outcome", "line");
        int written = 0;
        Set<String> stems = new HashSet<>();
        for (HostileFile file : HostileCorpus.files()) {
            String stem = file.name().substring(0, file.name().lastIndexOf('.'));
            assertThat(stems.add(stem)).as("stems are unique, so results are <stem>.png").isTrue();
            boolean wrote = Files.exists(output.resolve(stem + ".png"));
            // Only refusals count here: a written cut-out may also get a quality warning line ("no clear subject").
            Optional<String> line = err.lines().filter(l -> l.startsWith("skipped ") || l.startsWith("failed "))
                    .filter(l -> l.contains(corpus.resolve(file.name()) + ": ")).findFirst();
            report.row(file.name(), file.expected(), wrote ? "written" : "skipped", line.orElse("-"));
            if (wrote) {
                written++;
                assertThat(file.expected().mayAccept()).as("%s was cut out", file).isTrue();
                assertThat(line).as("%s: written, yet a line says %s", file, line).isEmpty();
            } else {
                assertThat(line).as("%s: neither written nor reported; stderr:\n%s", file, err).isPresent();
                assertThat(line.get()).as("%s: refused with a reason, not a crash", file).startsWith("skipped ");
                assertThat(file.expected().mustRefuse() || !file.expected().mayRefuse().isEmpty())
                        .as("%s had to be cut out: %s", file, line.get()).isTrue();
            }
        }
        long peakMb = peakHeapMb(gcLog);
        report.note(String.format("%d files, %d written; exit %d; %d s; heap -Xmx%dm, peak used before a GC %d MB",
                HostileCorpus.files().size(), written, exit, seconds, HEAP_MB, peakMb));
        System.out.println("hostile corpus, CLI: " + report.write());
        assertThat(exit).as("some files failed").isEqualTo(1);
        assertThat(out).as("the summary, printed after the last file").contains(written + " of " + HostileCorpus.files().size()
                + " photos cut out");
        assertThat(err).doesNotContain("OutOfMemoryError").doesNotContain("failed " + corpus);
    }

    private static int run(Path corpus, Path output, Path gcLog, Path work) throws IOException, InterruptedException {
        Path cli = Path.of(System.getProperty("cutout.cli.dir"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP_MB + "m", "-Xlog:gc:file=" + gcLog,
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-cp", cli.resolve("cutout-cli.jar") + ":" + cli.resolve("lib") + "/*",
                "dev.cutout.cli.RemoveCommand", corpus.toString(), "-o", output.toString(), "--model", "small"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(work.resolve("remove.out").toFile())
                .redirectError(work.resolve("remove.err").toFile());
        builder.environment().put("OPT_OUT_TRACKING", "true");
        // One model run per photo, as in SystemHostileInputIT (the hostile part is decoding, not the ensemble).
        builder.environment().put("CUTOUT_ENSEMBLE_STANDARD", SystemHostileInputIT.ONE_MODEL_RUN);
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./cutout remove did not end within " + TIMEOUT_MINUTES + " min");
        }
        return process.exitValue();
    }

    private static long peakHeapMb(Path gcLog) throws IOException {
        long peak = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher matcher = GC_BEFORE.matcher(line);
            while (matcher.find()) {
                peak = Math.max(peak, Long.parseLong(matcher.group(1)));
            }
        }
        return peak;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
