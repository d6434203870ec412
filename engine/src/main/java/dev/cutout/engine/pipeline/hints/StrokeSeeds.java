package dev.cutout.engine.pipeline.hints;

import dev.cutout.engine.kernel.Chamfer;
import dev.cutout.engine.kernel.Components;
import dev.cutout.image.HintMask;

/**
 * Which stroke pixels the solve may spread from. A brush is round and a wrong region often is not: a
 * keep disc on a thin missed board also covers the water beside it. Every painted pixel still holds
 * its label, but only the pixels reached from the stroke's core (its middle, at least
 * {@value #CORE} of the way from its outline to its centre line) without crossing an edge in the
 * photo (a step between neighbours of more than {@value #EDGE} in R+G+B) are seeds; the rest are only
 * painted, so the solve does not carry the stroke out across that water. O(pixels).
 */
final class StrokeSeeds {

    static final double CORE = 0.9;
    /** A step this large between neighbours is an edge; JPEG noise and smooth shading stay below it. */
    static final int EDGE = 60;

    private StrokeSeeds() {
    }

    /** 1 where a stroke pixel is a seed of the solve, 0 elsewhere (and on painted-only pixels). */
    static byte[] of(int[] argb, byte[] strokes, int w, int h) {
        byte[] seeds = new byte[strokes.length];
        for (byte label : new byte[] {HintMask.KEEP, HintMask.ERASE}) {
            markWithinBox(seeds, argb, strokes, label, w, h);
        }
        return seeds;
    }

    /** Works on the bounding box of the {@code label} strokes only (with a pixel of border), so its cost is the strokes'. */
    private static void markWithinBox(byte[] seeds, int[] argb, byte[] strokes, byte label, int w, int h) {
        int x0 = w;
        int y0 = h;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (strokes[y * w + x] == label) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x1 < 0) {
            return;
        }
        x0 = Math.max(0, x0 - 1);
        y0 = Math.max(0, y0 - 1);
        int bw = Math.min(w - 1, x1 + 1) - x0 + 1;
        int bh = Math.min(h - 1, y1 + 1) - y0 + 1;
        byte[] inside = new byte[bw * bh];
        int[] colours = new int[bw * bh];
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                int i = (y0 + y) * w + x0 + x;
                inside[y * bw + x] = (byte) (strokes[i] == label ? 1 : 0);
                colours[y * bw + x] = argb[i];
            }
        }
        byte[] boxSeeds = new byte[inside.length];
        flood(boxSeeds, colours, inside, core(inside, bw, bh), bw, bh);
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                if (boxSeeds[y * bw + x] != 0) {
                    seeds[(y0 + y) * w + x0 + x] = 1;
                }
            }
        }
    }

    /** The pixels of each stroke at least {@link #CORE} of its largest depth deep. */
    private static byte[] core(byte[] inside, int w, int h) {
        int[] depth = Chamfer.inside(inside, w, h);
        Components components = Components.label(inside, w, h, true);
        int[] labels = components.labels();
        int[] deepest = new int[components.count()];
        for (int i = 0; i < depth.length; i++) {
            if (labels[i] >= 0) {
                deepest[labels[i]] = Math.max(deepest[labels[i]], depth[i]);
            }
        }
        byte[] core = new byte[inside.length];
        for (int i = 0; i < depth.length; i++) {
            if (labels[i] >= 0 && depth[i] >= Math.max(1, (int) Math.ceil(CORE * deepest[labels[i]]))) {
                core[i] = 1;
            }
        }
        return core;
    }

    /** Marks in {@code seeds} the pixels of {@code inside} reached from {@code core} without crossing an edge. */
    private static void flood(byte[] seeds, int[] argb, byte[] inside, byte[] core, int w, int h) {
        int[] queue = new int[inside.length];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < core.length; i++) {
            if (core[i] != 0) {
                seeds[i] = 1;
                queue[tail++] = i;
            }
        }
        while (head < tail) {
            int i = queue[head++];
            int x = i % w;
            int y = i / w;
            if (x > 0) {
                tail = step(seeds, queue, tail, argb, inside, i, i - 1);
            }
            if (x < w - 1) {
                tail = step(seeds, queue, tail, argb, inside, i, i + 1);
            }
            if (y > 0) {
                tail = step(seeds, queue, tail, argb, inside, i, i - w);
            }
            if (y < h - 1) {
                tail = step(seeds, queue, tail, argb, inside, i, i + w);
            }
        }
    }

    private static int step(byte[] seeds, int[] queue, int tail, int[] argb, byte[] inside, int from, int to) {
        if (inside[to] == 0 || seeds[to] != 0 || colourStep(argb[from], argb[to]) > EDGE) {
            return tail;
        }
        seeds[to] = 1;
        queue[tail] = to;
        return tail + 1;
    }

    /** |ΔR| + |ΔG| + |ΔB| of two neighbours (0..765). */
    private static int colourStep(int argb1, int argb2) {
        return Math.abs((argb1 >>> 16 & 0xFF) - (argb2 >>> 16 & 0xFF))
                + Math.abs((argb1 >>> 8 & 0xFF) - (argb2 >>> 8 & 0xFF))
                + Math.abs((argb1 & 0xFF) - (argb2 & 0xFF));
    }
}
