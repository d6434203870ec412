package dev.cutout.engine.pipeline.layout;

import dev.cutout.contract.Margin;
import dev.cutout.contract.Canvas;
import dev.cutout.contract.Alignment;
import dev.cutout.engine.kernel.ResampleKernel;
import dev.cutout.engine.pipeline.BenchmarkTimer;
import dev.cutout.image.ImageLimits;
import dev.cutout.image.RgbaImage;
import java.util.function.Supplier;

/**
 * Prints the time of the shop layout on a synthetic 12 MP cut-out (never run by the build). Run after
 * {@code mvn -o -pl engine -am test-compile}:
 * <pre>java -Xmx2g -cp common/target/classes:engine/target/classes:engine/target/test-classes \
 *     dev.cutout.engine.pipeline.layout.ShopLayoutBenchmark 4000 3000</pre>
 */
public final class ShopLayoutBenchmark {

    private static final int RUNS = 5;
    /** Width of the soft alpha ramp at the subject's edge, as a fraction of its radius. */
    private static final double EDGE = 0.01;

    private ShopLayoutBenchmark() {
    }

    public static void main(String[] args) {
        int w = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int h = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        System.out.printf("%dx%d (%.1f MP) soft ellipse cut-out, %d cores, max heap %d MB%n", w, h, w * (double) h / 1e6,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        RgbaImage cutout = cutout(w, h);
        SubjectBounds box = SubjectBounds.of(cutout).orElseThrow();
        Canvas square = new Canvas(2000, 2000, Alignment.CENTER);
        LayoutOptions shop = LayoutOptions.onCanvas(square, Margin.percent(5));
        ShopLayout layout = new ShopLayout();
        Placement p = layout.plan(cutout, shop);
        System.out.printf("box %dx%d at %d,%d; on 2000x2000 at 5%%: scale %.4f%n", box.width(), box.height(), box.x(),
                box.y(), p.scale());

        time("subject bounds", () -> SubjectBounds.of(cutout));
        time("crop=subject, 5% (copy)", () -> layout.apply(cutout, LayoutOptions.crop(Margin.percent(5))));
        time("canvas 2000x2000, 5%, Lanczos-3", () -> layout.apply(cutout, shop));
        ShopLayout mitchell = new ShopLayout(ResampleKernel.MITCHELL, ResampleKernel.MITCHELL, ImageLimits.DEFAULT.maxPixels());
        time("canvas 2000x2000, 5%, Mitchell", () -> mitchell.apply(cutout, shop));
        time("canvas 2000x2000, 5%, on white", () -> layout.apply(cutout, shop.withBackground(0xFFFFFF)));
        time("canvas 2000x2000 bottom, 40px", () -> layout.apply(cutout,
                LayoutOptions.onCanvas(new Canvas(2000, 2000, Alignment.BOTTOM), Margin.pixels(40))));
        RgbaImage small = cutout(1000, 750);
        time("0.75 MP up to 2000x2000, Mitchell", () -> layout.apply(small, shop));
    }

    private static <T> T time(String stage, Supplier<T> work) {
        return BenchmarkTimer.time(stage, RUNS, work);
    }

    /** Textured colours in a soft-edged ellipse (a tall product) on transparent zeros, like a real cut-out. */
    private static RgbaImage cutout(int w, int h) {
        int[] argb = new int[w * h];
        double rx = w * 0.3;
        double ry = h * 0.42;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = (x - w / 2.0) / rx;
                double dy = (y - h / 2.0) / ry;
                double inside = (1 - Math.sqrt(dx * dx + dy * dy)) / EDGE;
                int alpha = (int) Math.round(255 * Math.max(0, Math.min(1, inside)));
                int n = (x * 73856093) ^ (y * 19349663);
                int rgb = ((x * 255 / w + (n & 15)) & 0xFF) << 16 | ((y * 255 / h + ((n >> 4) & 15)) & 0xFF) << 8 | ((x + y) & 0xFF);
                argb[y * w + x] = alpha == 0 ? 0 : alpha << 24 | rgb;
            }
        }
        return new RgbaImage(w, h, argb, true);
    }
}
