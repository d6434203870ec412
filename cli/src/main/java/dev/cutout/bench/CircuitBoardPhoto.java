package dev.cutout.bench;

import dev.cutout.image.RgbaImage;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.SplittableRandom;

/**
 * A product photo whose subject fills the frame: a populated circuit board on a thin white margin,
 * drawn procedurally (traces, chips with pins, pads, parts, silkscreen, mounting holes, a soft
 * shadow) so it can be made at test time with its exact alpha. The plain model run loses most of
 * such a board (it reads the board as the background); the case the zoom-out candidate is for.
 */
public final class CircuitBoardPhoto {

    private static final Color PAPER = new Color(246, 246, 244);
    private static final Color SHADOW = new Color(205, 205, 203);
    private static final Color BOARD = new Color(22, 92, 52);
    private static final Color TRACE = new Color(40, 130, 72);
    private static final Color CHIP = new Color(24, 24, 26);
    private static final Color PIN = new Color(200, 200, 205);
    private static final Color GOLD = new Color(205, 170, 90);
    private static final Color SILK = new Color(235, 235, 230);
    private static final Color[] PARTS = {
        new Color(150, 110, 60), new Color(30, 30, 30), new Color(180, 180, 175), new Color(40, 70, 150)};

    /** Passes of the 3×3 blur that soften the shadow's edge. */
    private static final int SHADOW_SOFTNESS = 12;

    private CircuitBoardPhoto() {
    }

    /** Writes a board photo to {@code args[0]} (PNG) for a look or a manual run. */
    public static void main(String[] args) throws java.io.IOException {
        Sample board = draw(1600, 1200, 36, 7);
        java.nio.file.Files.write(java.nio.file.Path.of(args[0]), new dev.cutout.image.PngWriter().rgb(board.photo()));
    }

    /** A drawn board photo and its exact alpha (255 on the board, 0 on the paper). */
    public record Sample(RgbaImage photo, byte[] truth) {
    }

    static EvalImage of(String name, int width, int height, int margin, long seed) {
        Sample sample = draw(width, height, margin, seed);
        return new EvalImage(name, sample.photo(), sample.truth());
    }

    /** The photo and its truth, {@code margin} pixels of paper around the board. */
    public static Sample draw(int width, int height, int margin, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(PAPER);
        g.fillRect(0, 0, width, height);
        double arc = Math.min(width, height) / 33.0;
        RoundRectangle2D board = new RoundRectangle2D.Double(margin, margin, width - 2.0 * margin,
                height - 2.0 * margin, arc, arc);
        g.setColor(SHADOW);
        g.fill(new RoundRectangle2D.Double(margin + 8, margin + 10, width - 2.0 * margin, height - 2.0 * margin, arc, arc));
        g.dispose();
        for (int pass = 0; pass < SHADOW_SOFTNESS; pass++) {
            image = blur(image);
        }
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BOARD);
        g.fill(board);
        g.setClip(board);
        drawParts(g, new SplittableRandom(seed), margin, margin, width - margin, height - margin);
        g.dispose();
        image = blur(image);
        return new Sample(rgba(image), truth(board, width, height));
    }

    private static void drawParts(Graphics2D g, SplittableRandom rnd, int x0, int y0, int x1, int y1) {
        int scale = Math.max(1, (x1 - x0) / 400);
        for (int i = 0; i < 160; i++) { // traces: axis-aligned polylines
            g.setColor(TRACE);
            g.setStroke(new BasicStroke(scale * (1 + rnd.nextInt(2)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            int x = between(rnd, x0 + 20, x1 - 20);
            int y = between(rnd, y0 + 20, y1 - 20);
            for (int k = 1 + rnd.nextInt(5); k > 0; k--) {
                int nx = x;
                int ny = y;
                if (rnd.nextBoolean()) {
                    nx = clamp(x + between(rnd, -75 * scale, 75 * scale), x0 + 15, x1 - 15);
                } else {
                    ny = clamp(y + between(rnd, -75 * scale, 75 * scale), y0 + 15, y1 - 15);
                }
                g.drawLine(x, y, nx, ny);
                x = nx;
                y = ny;
            }
        }
        for (int i = 0; i < 14; i++) { // chips with pins on two sides
            int w = between(rnd, 20 * scale, 65 * scale);
            int h = between(rnd, 15 * scale, 50 * scale);
            int x = between(rnd, x0 + 40, Math.max(x0 + 41, x1 - w - 40));
            int y = between(rnd, y0 + 40, Math.max(y0 + 41, y1 - h - 40));
            g.setColor(PIN);
            for (int px = x + 2 * scale; px < x + w - 2 * scale; px += 3 * scale + 2) {
                g.fillRect(px, y - 2 * scale, Math.max(2, scale + 1), 2 * scale);
                g.fillRect(px, y + h, Math.max(2, scale + 1), 2 * scale);
            }
            g.setColor(CHIP);
            g.fillRect(x, y, w, h);
        }
        g.setColor(GOLD);
        for (int i = 0; i < 400; i++) { // pads and vias
            int r = between(rnd, scale, 2 * scale + 1);
            g.fillOval(between(rnd, x0 + 15, x1 - 15) - r, between(rnd, y0 + 15, y1 - 15) - r, 2 * r, 2 * r);
        }
        for (int i = 0; i < 40; i++) { // small parts
            g.setColor(PARTS[rnd.nextInt(PARTS.length)]);
            g.fillRect(between(rnd, x0 + 30, x1 - 60), between(rnd, y0 + 30, y1 - 30),
                    between(rnd, 4 * scale, 10 * scale), between(rnd, 2 * scale, 5 * scale));
        }
        g.setColor(SILK);
        for (int i = 0; i < 30; i++) { // silkscreen marks
            int x = between(rnd, x0 + 20, x1 - 120);
            int y = between(rnd, y0 + 20, y1 - 20);
            g.fillRect(x, y, between(rnd, 5 * scale, 25 * scale), Math.max(2, scale));
        }
        int hole = 4 * scale;
        for (int[] c : new int[][] {{x0 + 8 * scale, y0 + 8 * scale}, {x1 - 8 * scale, y0 + 8 * scale},
                {x0 + 8 * scale, y1 - 8 * scale}, {x1 - 8 * scale, y1 - 8 * scale}}) {
            g.setColor(GOLD);
            g.fillOval(c[0] - hole, c[1] - hole, 2 * hole, 2 * hole);
            g.setColor(PAPER);
            g.fillOval(c[0] - hole / 2, c[1] - hole / 2, hole, hole);
        }
    }

    private static byte[] truth(RoundRectangle2D board, int width, int height) {
        BufferedImage mask = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = mask.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fill(board);
        g.dispose();
        byte[] alpha = new byte[width * height];
        mask.getRaster().getDataElements(0, 0, width, height, alpha);
        return alpha;
    }

    /** A light 3×3 blur, as a lens would soften the drawing. */
    private static BufferedImage blur(BufferedImage image) {
        float[] k = {1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f};
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(image, out);
        return out;
    }

    private static RgbaImage rgba(BufferedImage image) {
        int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        for (int i = 0; i < argb.length; i++) {
            argb[i] |= 0xFF000000;
        }
        return new RgbaImage(image.getWidth(), image.getHeight(), argb, false);
    }

    private static int between(SplittableRandom rnd, int from, int to) {
        return to <= from ? from : from + rnd.nextInt(to - from);
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
