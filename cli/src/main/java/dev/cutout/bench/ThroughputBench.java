package dev.cutout.bench;

import dev.cutout.engine.config.CutoutConfig;
import dev.cutout.engine.config.CutoutConfigLoader;
import dev.cutout.engine.pipeline.CutoutEngine;
import dev.cutout.engine.pipeline.CutoutOptions;
import dev.cutout.engine.pipeline.CutoutPipeline;
import dev.cutout.engine.pipeline.CutoutResult;
import dev.cutout.engine.pipeline.Stage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./cutout bench-throughput}: a stream of photos through one loaded model, one job at a time and then
 * with the next job's decode, resize, refine, compose and encode overlapping this one's inference (two jobs,
 * one predictor): images/min against the model's own pace, 60 / (inference seconds per photo), and the time
 * to the first result. Prints numbers; never fails a build.
 */
public final class ThroughputBench {

    private static final int DEFAULT_PHOTOS = 8;
    private static final double DEFAULT_MEGAPIXELS = 12;
    private static final int[] DEPTHS = {1, 2};

    private ThroughputBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        Path photo = SpeedBench.photoOf(args.length > 0 && !args[0].startsWith("--") ? new String[] {args[0]} : new String[0]);
        int photos = intArg(args, "--photos", DEFAULT_PHOTOS);
        double megapixels = Double.parseDouble(stringArg(args, "--megapixels", Double.toString(DEFAULT_MEGAPIXELS)));
        BufferedImage source = SpeedBench.read(photo);
        byte[] jpeg = SpeedBench.jpegAt(source, megapixels);
        CutoutConfig config = CutoutConfigLoader.load();
        System.out.printf(Locale.ROOT, "Cutout throughput: %d photos of %s at %.0f MP; model %s; %d cores; predictors %d%n",
                photos, photo.getFileName(), megapixels, config.model(), Runtime.getRuntime().availableProcessors(),
                config.inference().predictors());
        try (CutoutEngine engine = BenchEngine.start("bench-throughput", config)) {
            CutoutPipeline pipeline = engine.pipeline();
            pipeline.process(jpeg, CutoutOptions.DEFAULT); // warm-up at this size
            System.out.printf(Locale.ROOT, "%-7s %10s %12s %14s %12s %10s %9s%n", "jobs", "images/min", "model pace",
                    "infer s/photo", "pace share", "first s", "total s");
            double inferSeconds = 0;
            for (int depth : DEPTHS) {
                Run run = run(pipeline, jpeg, photos, depth);
                if (depth == 1) {
                    inferSeconds = run.meanInferSeconds(); // one job at a time: inference never waits for a predictor
                }
                double pace = 60 / inferSeconds;
                System.out.printf(Locale.ROOT, "%-7d %10.1f %12.1f %14.2f %11.0f%% %10.2f %9.1f%n", depth,
                        run.imagesPerMinute(), pace, inferSeconds, 100 * run.imagesPerMinute() / pace,
                        run.firstSeconds(), run.totalSeconds());
            }
        }
    }

    private static Run run(CutoutPipeline pipeline, byte[] jpeg, int photos, int depth)
            throws InterruptedException, ExecutionException {
        ExecutorService jobs = Executors.newFixedThreadPool(depth);
        try {
            long start = System.nanoTime();
            List<Future<Finished>> futures = new ArrayList<>();
            for (int i = 0; i < photos; i++) {
                futures.add(jobs.submit(() -> {
                    CutoutResult result = pipeline.process(jpeg, CutoutOptions.DEFAULT);
                    return new Finished(System.nanoTime(), result.timings().nanosOf(Stage.INFER));
                }));
            }
            long first = Long.MAX_VALUE;
            long last = 0;
            long infer = 0;
            for (Future<Finished> future : futures) {
                Finished finished = future.get();
                first = Math.min(first, finished.at());
                last = Math.max(last, finished.at());
                infer += finished.inferNanos();
            }
            return new Run(photos, (first - start) / 1e9, (last - start) / 1e9, infer / 1e9 / photos);
        } finally {
            jobs.shutdownNow();
        }
    }

    private static int intArg(String[] args, String name, int fallback) {
        return Integer.parseInt(stringArg(args, name, Integer.toString(fallback)));
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private record Finished(long at, long inferNanos) {}

    private record Run(int photos, double firstSeconds, double totalSeconds, double meanInferSeconds) {
        double imagesPerMinute() {
            return photos * 60 / totalSeconds;
        }
    }
}
