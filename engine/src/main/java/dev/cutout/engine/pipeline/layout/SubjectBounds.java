package dev.cutout.engine.pipeline.layout;

import dev.cutout.image.RgbaImage;
import java.util.Optional;

/**
 * The subject's bounding box: the smallest rectangle holding every pixel whose alpha is above
 * {@link #ALPHA_THRESHOLD}, in the image's pixel coordinates ({@code x, y} inclusive, sizes in pixels).
 */
public record SubjectBounds(int x, int y, int width, int height) {

    /**
     * Alpha at or below this (3 % coverage) does not count as subject. Such pixels are invisible in a
     * product shot (at most 8 levels from the background) but the upsampled matte's tails and faint
     * haze leave them far from the subject, where a single one would widen the box; real faint
     * foreground (glass, hair wisps) is mostly above it, and the crop still copies those pixels.
     */
    public static final int ALPHA_THRESHOLD = 8;

    public SubjectBounds {
        if (x < 0 || y < 0 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("bad box " + width + "x" + height + " at " + x + "," + y);
        }
    }

    /** The whole frame of {@code image}. */
    public static SubjectBounds frame(RgbaImage image) {
        return new SubjectBounds(0, 0, image.width(), image.height());
    }

    /** The box of the pixels with alpha above {@link #ALPHA_THRESHOLD}; empty when there is none. */
    public static Optional<SubjectBounds> of(RgbaImage image) {
        return of(image, ALPHA_THRESHOLD);
    }

    /**
     * The box of the pixels with alpha above {@code threshold}; empty when there is none. Finds the
     * top and bottom rows first, then in each row between them scans only the columns outside the box
     * found so far, so a compact subject costs far less than one pass over the image (worst case one).
     */
    public static Optional<SubjectBounds> of(RgbaImage image, int threshold) {
        int w = image.width();
        int h = image.height();
        int[] argb = image.argb();
        int top = 0;
        while (top < h && firstAbove(argb, top * w, 0, w, threshold) < 0) {
            top++;
        }
        if (top == h) {
            return Optional.empty();
        }
        int bottom = h - 1;
        while (lastAbove(argb, bottom * w, 0, w, threshold) < 0) {
            bottom--;
        }
        int left = w;
        int right = -1;
        for (int y = top; y <= bottom; y++) {
            int row = y * w;
            int first = firstAbove(argb, row, 0, left, threshold);
            if (first >= 0) {
                left = first;
            }
            int last = lastAbove(argb, row, right + 1, w, threshold);
            if (last >= 0) {
                right = last;
            }
        }
        return Optional.of(new SubjectBounds(left, top, right - left + 1, bottom - top + 1));
    }

    /** Longer side. */
    public int longSide() {
        return Math.max(width, height);
    }

    /** First column in {@code [from, to)} of the row at {@code row} with alpha above {@code threshold}, or -1. */
    private static int firstAbove(int[] argb, int row, int from, int to, int threshold) {
        for (int x = from; x < to; x++) {
            if (argb[row + x] >>> 24 > threshold) {
                return x;
            }
        }
        return -1;
    }

    /** Last such column in {@code [from, to)}, or -1. */
    private static int lastAbove(int[] argb, int row, int from, int to, int threshold) {
        for (int x = to - 1; x >= from; x--) {
            if (argb[row + x] >>> 24 > threshold) {
                return x;
            }
        }
        return -1;
    }
}
