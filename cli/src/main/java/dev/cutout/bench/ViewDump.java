package dev.cutout.bench;

import dev.cutout.engine.config.CutoutConfig;
import dev.cutout.engine.config.CutoutConfigLoader;
import dev.cutout.engine.model.GridMatte;
import dev.cutout.engine.model.MatteModel;
import dev.cutout.engine.pipeline.CutoutEngine;
import dev.cutout.engine.pipeline.ensemble.ModelView;
import dev.cutout.engine.pipeline.ensemble.ViewRenderer;
import dev.cutout.image.PngWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Research tool: fills the view-matte cache for every given set (and its tight variant) and view,
 * plus the generated product boards, and writes the photos and an index for analysis outside Java
 * (and for running a peer tool on the same photos).
 * Usage: {@code ViewDump OUT plain,mirror,pad10 composites=../shared/eval real=DIR}.
 */
public final class ViewDump {

    private ViewDump() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        String viewsArg = args[1];
        List<EvalSet> sets = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            EvalSet set = EvalSet.load(kv[0], kv[0], Path.of(kv[1]));
            sets.add(set);
            sets.add(set.tight());
        }
        sets.add(EvalSets.products());
        List<ModelView> views = new ArrayList<>();
        for (String view : viewsArg.split(",")) {
            views.add(ModelView.parse(view));
        }
        CutoutConfig config = CutoutConfigLoader.load();
        ViewMatteCache cache = new ViewMatteCache(out.resolve("mattes"));
        PngWriter png = new PngWriter();
        try (CutoutEngine engine = CutoutEngine.start(config);
             PrintWriter index = new PrintWriter(Files.newBufferedWriter(out.resolve("index.tsv")))) {
            MatteModel model = engine.model();
            int grid = model.grid();
            ViewRenderer renderer = new ViewRenderer(grid);
            index.println("set\tname\tkey\twidth\theight");
            for (EvalSet set : sets) {
                Path dir = out.resolve("sets").resolve(set.name());
                Files.createDirectories(dir.resolve("images"));
                Files.createDirectories(dir.resolve("alpha"));
                for (EvalImage image : set.images()) {
                    String key = ViewMatteCache.keyOf(image.photo());
                    index.printf(Locale.ROOT, "%s\t%s\t%s\t%d\t%d%n", set.name(), image.name(), key,
                            image.photo().width(), image.photo().height());
                    index.flush();
                    Files.write(dir.resolve("images").resolve(image.name() + ".png"), png.rgb(image.photo()));
                    Files.write(dir.resolve("alpha").resolve(image.name() + ".png"),
                            png.grey(image.photo().width(), image.photo().height(), image.truth()));
                    for (ModelView view : views) {
                        long t0 = System.nanoTime();
                        GridMatte raw = cache.get(key, config.model(), view.label(), grid,
                                () -> model.predict(renderer.render(image.photo(), view)));
                        System.out.printf(Locale.ROOT, "%s/%s %s %d ms%n", set.name(), image.name(), view.label(),
                                (System.nanoTime() - t0) / 1_000_000);
                    }
                }
            }
        }
    }
}
