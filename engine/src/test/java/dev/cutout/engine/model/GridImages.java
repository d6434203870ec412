package dev.cutout.engine.model;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Test-only stand-in for the pipeline's resize step: squashes an RGB file onto the model grid. */
final class GridImages {

    private GridImages() {}

    static ModelInput modelInput(Path file, int grid) {
        int[] rgb = squashed(file, grid);
        int plane = grid * grid;
        float[] chw = new float[3 * plane];
        for (int i = 0; i < plane; i++) {
            chw[i] = (rgb[i] >> 16) & 0xff;
            chw[plane + i] = (rgb[i] >> 8) & 0xff;
            chw[2 * plane + i] = rgb[i] & 0xff;
        }
        return new ModelInput(grid, chw);
    }

    /** Ground-truth mattes are stored as grey RGB; the red channel is the alpha. */
    static float[] alpha(Path file, int grid) {
        int[] rgb = squashed(file, grid);
        float[] alpha = new float[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            alpha[i] = ((rgb[i] >> 16) & 0xff) / 255f;
        }
        return alpha;
    }

    static double iouAtHalf(float[] predicted, float[] truth) {
        long intersection = 0;
        long union = 0;
        for (int i = 0; i < predicted.length; i++) {
            boolean p = predicted[i] >= 0.5f;
            boolean t = truth[i] >= 0.5f;
            intersection += p && t ? 1 : 0;
            union += p || t ? 1 : 0;
        }
        return union == 0 ? 1.0 : (double) intersection / union;
    }

    private static int[] squashed(Path file, int grid) {
        BufferedImage source;
        try {
            source = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BufferedImage target = new BufferedImage(grid, grid, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, grid, grid, null);
        g.dispose();
        return target.getRGB(0, 0, grid, grid, null, 0, grid);
    }
}
