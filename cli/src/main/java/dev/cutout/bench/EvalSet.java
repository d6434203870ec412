package dev.cutout.bench;

import dev.cutout.image.ImageDecoder;
import dev.cutout.image.ImageLimits;
import dev.cutout.image.RgbaImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * A named set of evaluation photos with their truth: a folder with {@code images/NAME.(png|jpg)} and
 * {@code alpha/NAME.png} ({@code shared/eval}, {@code eval-real}), or the tight variant of one.
 */
record EvalSet(String name, String description, List<EvalImage> images) {

    /** Reads every photo of {@code folder} and its truth. */
    static EvalSet load(String name, String description, Path folder) throws IOException {
        Path imagesDir = folder.resolve("images");
        if (!Files.isDirectory(imagesDir)) {
            throw new IllegalArgumentException("no evaluation images in " + imagesDir);
        }
        ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);
        List<EvalImage> images = new ArrayList<>();
        try (Stream<Path> files = Files.list(imagesDir)) {
            for (Path file : files.filter(EvalSet::isPhoto).sorted().toList()) {
                String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                RgbaImage photo = decoder.decode(Files.readAllBytes(file));
                images.add(new EvalImage(base, photo, greyOf(folder.resolve("alpha").resolve(base + ".png"), photo)));
            }
        }
        return new EvalSet(name, description, List.copyOf(images));
    }

    /** Every photo cropped to its subject plus 0–3 % ({@link TightCrop}). */
    EvalSet tight() {
        List<EvalImage> cropped = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            cropped.add(TightCrop.of(images.get(i), i % TightCrop.MARGIN_STEPS));
        }
        return new EvalSet(name + "-tight", description + ", cropped to the subject + 0-3 %", List.copyOf(cropped));
    }

    private static boolean isPhoto(Path file) {
        String n = file.getFileName().toString().toLowerCase();
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg");
    }

    /** The truth alpha as one byte per pixel (first channel); it must have the photo's size. */
    /** An 8-bit grey PNG of the photo's size as one byte per pixel (a truth, or a peer's alpha). */
    static byte[] greyOf(Path alphaPng, RgbaImage photo) throws IOException {
        BufferedImage alpha = Files.isRegularFile(alphaPng) ? ImageIO.read(alphaPng.toFile()) : null;
        if (alpha == null || alpha.getWidth() != photo.width() || alpha.getHeight() != photo.height()) {
            throw new IllegalArgumentException("truth " + alphaPng + " is missing or not the photo's size");
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
