package dev.cutout.image;

import com.pngencoder.PngEncoder;
import com.pngencoder.PngEncoderSrgbRenderingIntent;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;
import javax.imageio.ImageIO;

/**
 * Prints encode time and size for a 12 MP cut-out-like image: our encoder at several levels against
 * pngencoder 0.15.0, the library it replaced (never run by the build). Run after
 * {@code mvn -pl common test-compile} with the test classpath
 * ({@code mvn -pl common dependency:build-classpath -Dmdep.includeScope=test}):
 * <pre>java -Xmx2g -cp common/target/classes:common/target/test-classes:$CP \
 *     dev.cutout.image.PngWriterBenchmark /work/shared/photos/aeroplane.jpg 4243 2828</pre>
 */
public final class PngWriterBenchmark {

    private static final int RUNS = 5;
    /** Width of the soft alpha ramp at the ellipse's edge, as a fraction of its radius. */

    private PngWriterBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String photo = args.length > 0 ? args[0] : "/work/shared/photos/aeroplane.jpg";
        int w = args.length > 1 ? Integer.parseInt(args[1]) : 4243;
        int h = args.length > 2 ? Integer.parseInt(args[2]) : 2828;
        RgbaImage cutout = CutoutImages.ellipse(ImageIO.read(new File(photo)), w, h);
        System.out.printf("%s scaled to %dx%d (%.1f MP), soft ellipse cut-out, %d cores%n", photo, w, h,
                w * (double) h / 1e6, Runtime.getRuntime().availableProcessors());
        for (int level : new int[] {0, 1, 2, 3, 4, 5, 6}) {
            run("cutout level " + level, () -> new PngWriter(level).rgba(cutout));
        }
        BufferedImage argb = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, w, h, cutout.argb(), 0, w);
        run("pngencoder level 4 + predictor", () -> pngencoder(argb, 4, true));
        run("pngencoder level 4, no predictor", () -> pngencoder(argb, 4, false));
    }

    private static byte[] pngencoder(BufferedImage image, int level, boolean predictor) {
        return new PngEncoder().withBufferedImage(image).withCompressionLevel(level)
                .withMultiThreadedCompressionEnabled(true).withPredictorEncoding(predictor)
                .withSrgbRenderingIntent(PngEncoderSrgbRenderingIntent.PERCEPTUAL).toBytes();
    }

    /**
     * Median wall and process CPU time of {@value #RUNS} runs after one warm-up run: on a shared
     * machine the wall time depends on the neighbours, the CPU time much less.
     */
    private static void run(String name, Supplier<byte[]> encode) {
        int size = encode.get().length;
        long[] ms = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long c0 = OS.getProcessCpuTime();
            long t0 = System.nanoTime();
            size = encode.get().length;
            ms[r] = (System.nanoTime() - t0) / 1_000_000;
            cpu[r] = (OS.getProcessCpuTime() - c0) / 1_000_000;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf("%-34s wall median %5d ms (best %5d), CPU median %5d ms, %7.3f MB%n",
                name, ms[RUNS / 2], ms[0], cpu[RUNS / 2], size / 1e6);
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
}
