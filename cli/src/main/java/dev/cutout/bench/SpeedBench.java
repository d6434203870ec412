package dev.cutout.bench;

import dev.cutout.engine.config.CutoutConfig;
import dev.cutout.engine.config.CutoutConfigLoader;
import dev.cutout.engine.pipeline.CutoutEngine;
import dev.cutout.engine.pipeline.CutoutOptions;
import dev.cutout.engine.pipeline.CutoutResult;
import dev.cutout.engine.pipeline.Stage;
import dev.cutout.engine.pipeline.StageTimings;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;

/**
 * {@code ./cutout bench}: median stage timings, PNG size, peak heap and peak RSS of the whole
 * pipeline, and each stage's CPU time (all threads), on one photo rescaled to about 1, 12 and 24 megapixels (JPEG, quality 0.92). Prints numbers; never fails a build.
 */
public final class SpeedBench {

    private static final double[] MEGAPIXELS = {1, 12, 24};
    private static final int RUNS = 3;
    private static final float JPEG_QUALITY = 0.92f;

    private SpeedBench() {
    }

    public static void main(String[] args) throws IOException {
        Path photo = photoOf(args);
        BufferedImage source = read(photo);
        CutoutConfig config = CutoutConfigLoader.load();
        System.out.printf(Locale.ROOT, "Cutout speed benchmark: %s (%dx%d) rescaled; model %s; %d cores; max heap %d MiB%n",
                photo.getFileName(), source.getWidth(), source.getHeight(), config.model(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("(speed does not depend on content, except foreground estimation, which scales with the soft edge area)");
        try (CutoutEngine engine = BenchEngine.start("bench", config)) {
            System.out.printf(Locale.ROOT, "model load: %s%n", engine.model().timings());
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-18s", "photo"));
            for (Stage stage : Stage.values()) { // one column per stage, as the rows print them
                header.append(String.format(Locale.ROOT, " %7s", stage.name().toLowerCase(Locale.ROOT)));
            }
            System.out.println(header.append(String.format(Locale.ROOT, " %7s %8s %7s %8s %8s", "total", "tot/inf",
                    "png MB", "heap MiB", "RSS MiB")));
            for (double megapixels : MEGAPIXELS) {
                byte[] jpeg = jpegAt(source, megapixels);
                runSize(engine, jpeg, megapixels);
            }
        }
    }

    private static void runSize(CutoutEngine engine, byte[] jpeg, double megapixels) {
        engine.pipeline().process(jpeg, CutoutOptions.DEFAULT); // warm-up at this size
        PeakMemory.resetHeapPeak();
        List<CutoutResult> results = new ArrayList<>();
        List<Map<Stage, Long>> cpu = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            StageCpu meter = new StageCpu();
            results.add(engine.pipeline().process(jpeg, CutoutOptions.DEFAULT, meter));
            cpu.add(meter.finish());
        }
        CutoutResult first = results.get(0);
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-18s",
                String.format(Locale.ROOT, "%.1f MP %dx%d", first.width() * (double) first.height() / 1e6,
                        first.width(), first.height())));
        for (Stage stage : Stage.values()) {
            row.append(String.format(Locale.ROOT, " %7d", medianMillis(results, t -> t.nanosOf(stage))));
        }
        long total = medianMillis(results, StageTimings::totalNanos);
        long infer = medianMillis(results, t -> t.nanosOf(Stage.INFER));
        row.append(String.format(Locale.ROOT, " %7d %8.2f %7.1f %8d %8d", total, (double) total / infer,
                first.png().length / 1e6, PeakMemory.heapPeakMib(), PeakMemory.residentPeakMib()));
        System.out.println(row);
        System.out.println(cpuRow(cpu));
    }

    /** The same stages in CPU milliseconds of the whole process (all cores), and the non-inference sum. */
    private static String cpuRow(List<Map<Stage, Long>> cpu) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-18s", "  CPU ms"));
        long others = 0;
        for (Stage stage : Stage.values()) {
            long[] values = cpu.stream().mapToLong(m -> m.getOrDefault(stage, 0L)).sorted().toArray();
            long millis = values[values.length / 2] / 1_000_000;
            if (stage != Stage.INFER) {
                others += millis;
            }
            row.append(String.format(Locale.ROOT, " %7d", millis));
        }
        return row.append(String.format(Locale.ROOT, " %7s (all but infer: %d CPU ms)", "", others)).toString();
    }

    private static long medianMillis(List<CutoutResult> results, java.util.function.ToLongFunction<StageTimings> of) {
        long[] values = results.stream().map(CutoutResult::timings).mapToLong(of).sorted().toArray();
        return values[values.length / 2] / 1_000_000;
    }

    /** The benchmark's photo: the first argument, else the aeroplane of ../shared/photos. */
    static Path photoOf(String[] args) {
        return Path.of(args.length > 0 ? args[0] : "../shared/photos/aeroplane.jpg");
    }

    static BufferedImage read(Path photo) throws IOException {
        BufferedImage source = ImageIO.read(photo.toFile());
        if (source == null) {
            throw new IllegalArgumentException("not a photo ImageIO can read: " + photo);
        }
        return source;
    }

    /** The photo scaled (bicubic) to about {@code megapixels}, keeping its aspect, encoded as a JPEG in memory. */
    static byte[] jpegAt(BufferedImage source, double megapixels) throws IOException {
        double scale = Math.sqrt(megapixels * 1e6 / ((double) source.getWidth() * source.getHeight()));
        int width = (int) Math.round(source.getWidth() * scale);
        int height = (int) Math.round(source.getHeight() * scale);
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(scaled, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
