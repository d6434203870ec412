package dev.cutout.engine.pipeline;

import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.model.ModelInput;
import dev.cutout.engine.model.ModelVariant;
import dev.cutout.engine.pipeline.compose.BlurFusionCoarse;
import dev.cutout.engine.pipeline.compose.Compositor;
import dev.cutout.engine.pipeline.compose.ForegroundEstimator;
import dev.cutout.engine.pipeline.refine.BilinearUpsampler;
import dev.cutout.engine.pipeline.refine.JointUpsampler;
import dev.cutout.engine.pipeline.refine.SpeckFilter;
import dev.cutout.engine.pipeline.resize.ModelInputResizer;
import dev.cutout.image.RgbaImage;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Prints the time of each pixel stage on a synthetic photo (never run by the build). Run after
 * {@code mvn -pl inference-worker -am test-compile}:
 * <pre>java -Xmx2g -cp common/target/classes:inference-worker/target/classes:inference-worker/target/test-classes \
 *     dev.cutout.engine.pipeline.PipelineStagesBenchmark 4000 3000</pre>
 */
public final class PipelineStagesBenchmark {

    private static final int RUNS = 5;

    private PipelineStagesBenchmark() {
    }

    public static void main(String[] args) {
        int w = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int h = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        System.out.printf("%dx%d (%.1f MP), %d cores, max heap %d MB%n", w, h, w * (double) h / 1e6,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        RgbaImage photo = texturedPhoto(w, h);
        GridMatte grid = softDisc(1024);

        ModelInput input = time("resize to 1024", () -> new ModelInputResizer(ModelVariant.MEDIUM.descriptor().grid()).resize(photo));
        GridMatte cleaned = time("speck filter", () -> new SpeckFilter().apply(grid));
        byte[] bilinear = time("bilinear upsample", () -> new BilinearUpsampler().upsample(cleaned, w, h));
        time("joint fit on the grid only", () -> new JointUpsampler().fit(cleaned, input));
        byte[] joint = time("joint upsample", () -> new JointUpsampler().upsample(cleaned, input, photo));
        Compositor compositor = new Compositor();
        time("cutout (no decontamination)", () -> compositor.cutout(photo, joint, false));
        time("cutout + decontamination", () -> compositor.cutout(photo, joint, true));
        time("flatten on white + decontam.", () -> compositor.flatten(photo, joint, 0xFFFFFF, true));
        time("blur fusion wide stage only", () -> BlurFusionCoarse.compute(photo, joint, 90, 1000));
        int[] out = photo.argb().clone();
        time("decontamination alone", () -> {
            new ForegroundEstimator().estimate(photo, joint, out);
            return out;
        });
        byte[] allSoft = new byte[w * h];
        Arrays.fill(allSoft, (byte) 128);
        time("decontamination, every pixel soft", () -> {
            new ForegroundEstimator().estimate(photo, allSoft, out);
            return out;
        });
        System.out.printf("soft pixels in the joint alpha: %d; heap used now %d MB%n", countSoft(joint),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        if (bilinear.length != joint.length) {
            throw new AssertionError();
        }
    }

    private static <T> T time(String stage, Supplier<T> work) {
        return BenchmarkTimer.time(stage, RUNS, work);
    }

    private static RgbaImage texturedPhoto(int w, int h) {
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int n = (x * 73856093) ^ (y * 19349663);
                int r = (x * 255 / w + (n & 15)) & 0xFF;
                int g = (y * 255 / h + ((n >> 4) & 15)) & 0xFF;
                int b = ((x + y) & 0xFF);
                argb[y * w + x] = 0xFF000000 | (r << 16) | (g << 8) | b;
            }
        }
        return new RgbaImage(w, h, argb, false);
    }

    private static GridMatte softDisc(int n) {
        float[] a = new float[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double d = Math.hypot(x - n / 2.0, y - n / 2.0) - n * 0.35;
                a[y * n + x] = (float) Math.max(0, Math.min(1, 0.5 - d / 4));
            }
        }
        return new GridMatte(n, a);
    }

    private static int countSoft(byte[] alpha) {
        int soft = 0;
        for (byte b : alpha) {
            if (b != 0 && b != -1) {
                soft++;
            }
        }
        return soft;
    }
}
