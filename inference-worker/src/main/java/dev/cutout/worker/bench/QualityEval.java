package dev.cutout.worker.bench;

import dev.cutout.image.ImageDecoder;
import dev.cutout.image.ImageLimits;
import dev.cutout.image.RgbaImage;
import dev.cutout.worker.config.CutoutConfig;
import dev.cutout.worker.config.CutoutConfigLoader;
import dev.cutout.worker.pipeline.BilinearUpsampler;
import dev.cutout.worker.pipeline.CutoutEngine;
import dev.cutout.worker.pipeline.CutoutPipeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * {@code ./cutout eval}: scores alpha mattes against the exact ground truth in {@code shared/eval}
 * for the peers' baseline (bilinear stretch of the model's matte) and for what Cutout ships, per
 * image and on average. Prints numbers; never fails a build.
 */
public final class QualityEval {

    /** The variants compared, in print order. */
    enum Variant {
        BASELINE("bilinear (peers)"), CUTOUT("cutout default"), QUALITY("cutout --quality");

        final String label;

        Variant(String label) {
            this.label = label;
        }
    }

    private QualityEval() {
    }

    public static void main(String[] args) throws IOException {
        Path evalDir = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        CutoutConfig config = CutoutConfigLoader.load();
        List<Path> images = imagesIn(evalDir.resolve("images"));
        System.out.printf(Locale.ROOT, "Cutout quality eval: %d images in %s, model %s%n", images.size(), evalDir, config.model().id());
        System.out.println("MAE = mean |alpha error| (0..1), IoU at alpha 0.5, band = MAE within the boundary band (eval/README.md)");
        ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);
        BilinearUpsampler bilinear = new BilinearUpsampler();
        double[][] sums = new double[Variant.values().length][3];
        try (CutoutEngine engine = CutoutEngine.start(config)) {
            System.out.printf(Locale.ROOT, "%-36s %-18s %7s %7s %7s%n", "image", "variant", "MAE", "IoU", "band");
            for (Path image : images) {
                RgbaImage photo = decoder.decode(Files.readAllBytes(image));
                byte[] truth = greyOf(evalDir.resolve("alpha").resolve(image.getFileName()), photo);
                CutoutPipeline pipeline = engine.pipeline();
                CutoutPipeline.GridPrediction plain = pipeline.predictGrid(photo, false);
                byte[][] alphas = {
                    bilinear.upsample(plain.matte(), photo.width(), photo.height()),
                    pipeline.refine(plain, photo),
                    pipeline.refine(pipeline.predictGrid(photo, true), photo),
                };
                for (Variant variant : Variant.values()) {
                    MatteScore score = MatteScore.of(alphas[variant.ordinal()], truth, photo.width(), photo.height());
                    sums[variant.ordinal()][0] += score.mae();
                    sums[variant.ordinal()][1] += score.iou();
                    sums[variant.ordinal()][2] += score.bandMae();
                    System.out.printf(Locale.ROOT, "%-36.36s %-18s %7.4f %7.4f %7.4f%n", image.getFileName(),
                            variant.label, score.mae(), score.iou(), score.bandMae());
                }
            }
        }
        System.out.println("mean over " + images.size() + " images:");
        for (Variant variant : Variant.values()) {
            double[] s = sums[variant.ordinal()];
            System.out.printf(Locale.ROOT, "  %-18s MAE %.4f  IoU %.4f  band %.4f%n", variant.label,
                    s[0] / images.size(), s[1] / images.size(), s[2] / images.size());
        }
    }

    private static List<Path> imagesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no eval images in " + folder + " (pass the eval folder as the argument)");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(p -> p.toString().endsWith(".png")).sorted().toList());
        }
    }

    /** The ground-truth alpha as one byte per pixel; it must have the photo's size. */
    private static byte[] greyOf(Path alphaPng, RgbaImage photo) throws IOException {
        BufferedImage alpha = ImageIO.read(alphaPng.toFile());
        if (alpha == null || alpha.getWidth() != photo.width() || alpha.getHeight() != photo.height()) {
            throw new IllegalArgumentException("ground truth " + alphaPng + " is missing or not the photo's size");
        }
        byte[] grey = new byte[photo.width() * photo.height()];
        int[] row = new int[photo.width()];
        for (int y = 0; y < photo.height(); y++) {
            alpha.getRaster().getSamples(0, y, photo.width(), 1, 0, row);
            for (int x = 0; x < row.length; x++) {
                grey[y * photo.width() + x] = (byte) row[x];
            }
        }
        return grey;
    }
}
