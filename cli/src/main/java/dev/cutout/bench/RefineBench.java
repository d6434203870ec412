package dev.cutout.bench;

import dev.cutout.contract.Refinement;
import dev.cutout.engine.config.CutoutConfig;
import dev.cutout.engine.config.CutoutConfigLoader;
import dev.cutout.engine.pipeline.CutoutEngine;
import dev.cutout.engine.pipeline.CutoutOptions;
import dev.cutout.engine.pipeline.CutoutPipeline;
import dev.cutout.engine.pipeline.RefinedCutout;
import dev.cutout.engine.pipeline.Stage;
import dev.cutout.engine.pipeline.StageTimings;
import dev.cutout.image.ImageDecoder;
import dev.cutout.image.ImageLimits;
import dev.cutout.image.PngWriter;
import dev.cutout.image.ResultAlpha;
import dev.cutout.image.RgbaImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * {@code ./cutout bench-refine}: the time of one refine round (what the editor's Apply costs on a worker:
 * decode, edge controls + hint solve, compose, encode; no model run) on one photo rescaled to about 1, 12
 * and 24 megapixels, with a hint mask of 2048 px on the long side as the page sends it: one erase stroke on
 * the subject and one keep stroke (discs of 2 % of the long side), feather 2 px. Median of 3; prints numbers.
 */
public final class RefineBench {

    private static final double[] MEGAPIXELS = {1, 12, 24};
    private static final int RUNS = 3;
    private static final int MASK_SIDE = 2048;
    private static final double STROKE_FRACTION = 0.02;
    private static final int FEATHER = 2;

    private RefineBench() {
    }

    public static void main(String[] args) throws IOException {
        Path photo = SpeedBench.photoOf(args);
        BufferedImage source = SpeedBench.read(photo);
        CutoutConfig config = CutoutConfigLoader.load();
        System.out.printf(Locale.ROOT, "Cutout refine benchmark: %s rescaled; one Apply of the editor (erase + keep stroke,"
                + " feather %d px, mask %d px); %d cores; max heap %d MiB%n", photo.getFileName(), FEATHER, MASK_SIDE,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try (CutoutEngine engine = BenchEngine.start("bench-refine", config)) {
            System.out.printf(Locale.ROOT, "%-18s %7s %7s %7s %7s %7s %8s %8s %13s%n", "photo", "decode", "refine",
                    "compose", "encode", "total", "heap MiB", "RSS MiB", "first cut-out");
            for (double megapixels : MEGAPIXELS) {
                runSize(engine.pipeline(), SpeedBench.jpegAt(source, megapixels));
            }
        }
    }

    private static void runSize(CutoutPipeline pipeline, byte[] jpeg) {
        long start = System.nanoTime();
        byte[] earlier = pipeline.process(jpeg, CutoutOptions.DEFAULT).png();
        long firstRun = (System.nanoTime() - start) / 1_000_000;
        ResultAlpha alpha = ResultAlpha.read(new ImageDecoder(ImageLimits.DEFAULT.withoutByteLimit()), earlier);
        Refinement refinement = new Refinement(earlier, Optional.of(hints(alpha)), FEATHER, 0);
        pipeline.refine(jpeg, refinement, CutoutOptions.DEFAULT, stage -> { }); // warm-up at this size
        PeakMemory.resetHeapPeak();
        List<StageTimings> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(pipeline.refine(jpeg, refinement, CutoutOptions.DEFAULT, stage -> { }).timings());
        }
        System.out.println(String.format(Locale.ROOT, "%-18s %7d %7d %7d %7d %7d %8d %8d %10d ms",
                String.format(Locale.ROOT, "%.1f MP %dx%d", alpha.width() * (double) alpha.height() / 1e6,
                        alpha.width(), alpha.height()),
                median(runs, t -> t.nanosOf(Stage.DECODE)), median(runs, t -> t.nanosOf(Stage.REFINE)),
                median(runs, t -> t.nanosOf(Stage.COMPOSE)), median(runs, t -> t.nanosOf(Stage.ENCODE)),
                median(runs, StageTimings::totalNanos), PeakMemory.heapPeakMib(), PeakMemory.residentPeakMib(), firstRun));
    }

    /** The page's mask: erase on the subject's centre, keep on the photo's upper left, at most 2048 px. */
    private static byte[] hints(ResultAlpha alpha) {
        double scale = Math.min(1.0, MASK_SIDE / (double) Math.max(alpha.width(), alpha.height()));
        int w = (int) Math.round(alpha.width() * scale);
        int h = (int) Math.round(alpha.height() * scale);
        long sx = 0;
        long sy = 0;
        long n = 1;
        byte[] a = alpha.alpha();
        for (int i = 0; i < a.length; i++) {
            if ((a[i] & 0xFF) == 255) {
                sx += i % alpha.width();
                sy += i / alpha.width();
                n++;
            }
        }
        int radius = (int) Math.round(STROKE_FRACTION * Math.max(w, h));
        int[] argb = new int[w * h];
        disc(argb, w, h, (int) (sx / n * scale), (int) (sy / n * scale), radius, 0xFFFF0000);
        disc(argb, w, h, w / 5, h / 5, radius, 0xFF00FF00);
        return new PngWriter().rgba(new RgbaImage(w, h, argb, true));
    }

    private static void disc(int[] argb, int w, int h, int cx, int cy, int r, int colour) {
        for (int y = Math.max(0, cy - r); y <= Math.min(h - 1, cy + r); y++) {
            for (int x = Math.max(0, cx - r); x <= Math.min(w - 1, cx + r); x++) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) {
                    argb[y * w + x] = colour;
                }
            }
        }
    }

    private static long median(List<StageTimings> runs, ToLongFunction<StageTimings> of) {
        long[] values = runs.stream().mapToLong(of).sorted().toArray();
        return values[values.length / 2] / 1_000_000;
    }
}
