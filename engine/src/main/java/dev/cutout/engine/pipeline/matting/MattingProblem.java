package dev.cutout.engine.pipeline.matting;

import dev.cutout.engine.kernel.Dilation;

/**
 * One band-matting problem: the photo's colours, the alpha every fixed pixel keeps (and every unknown
 * pixel is pulled towards), and a label per pixel — fixed background, fixed foreground, or unknown.
 * Built from the model's alpha as a trimap; hand strokes enter as more fixed pixels
 * ({@link #withStrokes}), which is how the refinement editor will use the solver.
 *
 * @param width  pixels per row
 * @param height rows
 * @param argb   the photo's pixels (alpha channel ignored), row-major
 * @param alpha  0..255 per pixel: the value of a fixed pixel, the prior of an unknown one
 * @param labels {@link #BACKGROUND}, {@link #FOREGROUND} or {@link #UNKNOWN} per pixel
 */
public record MattingProblem(int width, int height, int[] argb, byte[] alpha, byte[] labels) {

    public static final byte BACKGROUND = 0;
    public static final byte FOREGROUND = 1;
    public static final byte UNKNOWN = 2;

    /** Alpha at or above this (0.98) is sure foreground. */
    public static final int SURE_FOREGROUND = 250;
    /** Alpha at or below this (0.02) is sure background. */
    public static final int SURE_BACKGROUND = 5;

    public MattingProblem {
        int n = width * height;
        if (width <= 0 || height <= 0 || argb.length != n || alpha.length != n || labels.length != n) {
            throw new IllegalArgumentException("photo, alpha and labels must all be " + width + "x" + height);
        }
    }

    /**
     * The trimap of the model's alpha: sure foreground and background, each eroded by {@code erosion}
     * pixels (a pixel stays sure only when every pixel within that Chebyshev distance is sure of the
     * same side); the rest is unknown. O(pixels × erosion).
     */
    public static MattingProblem fromAlpha(int width, int height, int[] argb, byte[] alpha, int erosion) {
        int n = width * height;
        byte[] notForeground = new byte[n];
        byte[] notBackground = new byte[n];
        for (int i = 0; i < n; i++) {
            int a = alpha[i] & 0xFF;
            notForeground[i] = (byte) (a >= SURE_FOREGROUND ? 0 : 1);
            notBackground[i] = (byte) (a <= SURE_BACKGROUND ? 0 : 1);
        }
        byte[] nearNotForeground = erosion == 0 ? notForeground : Dilation.square(notForeground, width, height, erosion);
        byte[] nearNotBackground = erosion == 0 ? notBackground : Dilation.square(notBackground, width, height, erosion);
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = nearNotForeground[i] == 0 ? FOREGROUND : nearNotBackground[i] == 0 ? BACKGROUND : UNKNOWN;
        }
        return new MattingProblem(width, height, argb, alpha, labels);
    }

    /**
     * This problem with hand strokes as hard constraints: pixels set in {@code keep} become fixed
     * foreground (alpha 255), those set in {@code erase} fixed background (0); erase wins where both are.
     */
    public MattingProblem withStrokes(byte[] keep, byte[] erase) {
        if (keep.length != labels.length || erase.length != labels.length) {
            throw new IllegalArgumentException("stroke masks must be " + width + "x" + height);
        }
        byte[] a = alpha.clone();
        byte[] l = labels.clone();
        for (int i = 0; i < l.length; i++) {
            if (erase[i] != 0) {
                a[i] = 0;
                l[i] = BACKGROUND;
            } else if (keep[i] != 0) {
                a[i] = (byte) 255;
                l[i] = FOREGROUND;
            }
        }
        return new MattingProblem(width, height, argb, a, l);
    }

    public int unknownCount() {
        int count = 0;
        for (byte label : labels) {
            if (label == UNKNOWN) {
                count++;
            }
        }
        return count;
    }
}
