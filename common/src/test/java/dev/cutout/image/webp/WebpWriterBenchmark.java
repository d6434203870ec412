package dev.cutout.image.webp;

import dev.cutout.image.CutoutImages;
import dev.cutout.image.PngWriter;
import dev.cutout.image.RgbaImage;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Prints WebpWriter's size against PngWriter and {@code cwebp -lossless -exact}, and its encode time,
 * for a photo cut-out (soft-edged ellipse on transparent zeros) at about 1 and 12 MP (never run by the
 * build). After {@code mvn -pl common test-compile}, with the test classpath:
 * <pre>java -Xmx3g -cp common/target/classes:common/target/test-classes:$CP \
 *     dev.cutout.image.webp.WebpWriterBenchmark /work/shared/photos/aeroplane.jpg</pre>
 */
public final class WebpWriterBenchmark {

    private static final int RUNS = 3;
    /** Width of the soft alpha ramp at the ellipse's edge, as a fraction of its radius. */
    private static final Path CWEBP = Path.of("/usr/bin/cwebp");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private WebpWriterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String photo = args.length > 0 ? args[0] : "/work/shared/photos/aeroplane.jpg";
        BufferedImage source = ImageIO.read(new File(photo));
        System.out.printf("%s, soft ellipse cut-out on transparent zeros, single-threaded encoder%n", photo);
        for (int[] size : new int[][] {{1224, 816}, {4243, 2828}}) {
            RgbaImage cutout = CutoutImages.ellipse(source, size[0], size[1]);
            run(cutout);
        }
    }

    private static void run(RgbaImage cutout) throws Exception {
        int png = new PngWriter().rgba(cutout).length;
        long[] ms = new long[RUNS];
        long[] cpu = new long[RUNS];
        int webp = new WebpWriter().rgba(cutout).length;
        for (int r = 0; r < RUNS; r++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            webp = new WebpWriter().rgba(cutout).length;
            ms[r] = (System.nanoTime() - t0) / 1_000_000;
            cpu[r] = (THREADS.getCurrentThreadCpuTime() - c0) / 1_000_000;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        int ours = webp;
        String cwebp = cwebpSize(cutout).map(s -> String.format("cwebp -lossless -exact %.3f MB, ours/cwebp %.2f",
                s / 1e6, ours / (double) s)).orElse("cwebp not installed");
        System.out.printf("%dx%d (%.1f MP): webp %.3f MB, png %.3f MB, webp/png %.2f; %s; "
                        + "wall median %d ms (best %d), CPU median %d ms%n",
                cutout.width(), cutout.height(), cutout.pixelCount() / 1e6, webp / 1e6, png / 1e6,
                webp / (double) png, cwebp, ms[RUNS / 2], ms[0], cpu[RUNS / 2]);
    }

    private static java.util.Optional<Long> cwebpSize(RgbaImage cutout) throws IOException, InterruptedException {
        if (!Files.isExecutable(CWEBP)) {
            return java.util.Optional.empty();
        }
        Path png = Files.createTempFile("cutout-bench", ".png");
        Path webp = Files.createTempFile("cutout-bench", ".webp");
        try {
            Files.write(png, new PngWriter().rgba(cutout));
            Process p = new ProcessBuilder(CWEBP.toString(), "-quiet", "-lossless", "-exact", png.toString(),
                    "-o", webp.toString()).inheritIO().start();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException("cwebp failed");
            }
            return java.util.Optional.of(Files.size(webp));
        } finally {
            Files.deleteIfExists(png);
            Files.deleteIfExists(webp);
        }
    }
}
