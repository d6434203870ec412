package dev.cutout.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Real photos for the system tests, and what a good cutout of one looks like. */
final class Photos {

    /** A portrait from the eval set, its subject on a plain studio background. */
    static final String PORTRAIT = "fg-girl-1__bg-studio.png";

    private Photos() {
    }

    /** {@code name} from the eval set scaled to {@code width} pixels wide, as a JPEG (quick to infer). */
    static byte[] scaledJpeg(String name, int width) {
        BufferedImage source = read(SystemFiles.evalImage(name));
        return jpeg(source, width, Math.round(source.getHeight() * (float) width / source.getWidth()));
    }

    /** {@code source} scaled (bilinear) to {@code width} × {@code height}, as a JPEG. */
    static byte[] jpeg(BufferedImage source, int width, int height) {
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(scaled, "jpeg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jpeg.toByteArray();
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage decode(byte[] image) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            assertThat(decoded).as("a decodable image").isNotNull();
            return decoded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PNG of the input's size with an alpha channel that really cuts something out: some pixels
     * fully transparent (background), some fully opaque (subject).
     */
    static void assertCutoutOf(byte[] input, byte[] png) {
        assertThat(png).as("PNG signature").startsWith(0x89, 'P', 'N', 'G');
        BufferedImage source = decode(input);
        BufferedImage cutout = decode(png);
        assertThat(cutout.getWidth()).isEqualTo(source.getWidth());
        assertThat(cutout.getHeight()).isEqualTo(source.getHeight());
        assertThat(cutout.getColorModel().hasAlpha()).as("alpha channel").isTrue();
        int[] argb = cutout.getRGB(0, 0, cutout.getWidth(), cutout.getHeight(), null, 0, cutout.getWidth());
        long transparent = 0;
        long opaque = 0;
        for (int pixel : argb) {
            int alpha = pixel >>> 24;
            if (alpha == 0) {
                transparent++;
            } else if (alpha == 255) {
                opaque++;
            }
        }
        assertThat(transparent).as("fully transparent pixels").isGreaterThan(argb.length / 20);
        assertThat(opaque).as("fully opaque pixels").isGreaterThan(argb.length / 20);
    }

    /** The centre of a cut-out's fully opaque pixels. */
    static int[] opaqueCentre(BufferedImage cutout) {
        long sx = 0;
        long sy = 0;
        long n = 0;
        for (int y = 0; y < cutout.getHeight(); y++) {
            for (int x = 0; x < cutout.getWidth(); x++) {
                if (cutout.getRGB(x, y) >>> 24 == 255) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        assertThat(n).as("opaque pixels").isPositive();
        return new int[] {(int) (sx / n), (int) (sy / n)};
    }

    /** A hint mask PNG of this size with one disc of {@code argb} (opaque red: erase, green: keep). */
    static byte[] strokeMask(int width, int height, int cx, int cy, int radius, int argb) {
        BufferedImage mask = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = Math.max(0, cy - radius); y <= Math.min(height - 1, cy + radius); y++) {
            for (int x = Math.max(0, cx - radius); x <= Math.min(width - 1, cx + radius); x++) {
                if (Math.hypot(x - cx, y - cy) <= radius) {
                    mask.setRGB(x, y, argb);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(mask, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage read(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
