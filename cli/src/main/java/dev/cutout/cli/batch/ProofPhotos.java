package dev.cutout.cli.batch;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * {@code ./cutout batch-proof}'s catalogue: N distinct small JPEGs made from the evaluation photos, each at
 * its own width, so that every photo (and its hash) is different. Usage: {@code ProofPhotos <eval images> <out> <N>}.
 */
public final class ProofPhotos {

    private static final int BASE_WIDTH = 256;
    private static final int WIDTH_STEPS = 48;

    private ProofPhotos() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        List<Path> images;
        try (Stream<Path> files = Files.list(source)) {
            images = files.filter(p -> p.toString().endsWith(".png") || p.toString().endsWith(".jpg")).sorted().toList();
        }
        if (images.isEmpty()) {
            throw new IOException("no photos in " + source);
        }
        Files.createDirectories(out);
        for (int i = 0; i < count; i++) {
            BufferedImage photo = ImageIO.read(images.get(i % images.size()).toFile());
            int width = BASE_WIDTH + 2 * (i / images.size() % WIDTH_STEPS);
            int height = Math.round(photo.getHeight() * (float) width / photo.getWidth());
            BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scaled.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(photo, 0, 0, width, height, null);
            g.dispose();
            ImageIO.write(scaled, "jpeg", out.resolve(String.format(Locale.ROOT, "photo-%04d.jpg", i)).toFile());
        }
    }
}
