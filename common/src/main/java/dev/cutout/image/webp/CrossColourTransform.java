package dev.cutout.image.webp;

/**
 * The colour transform (RFC 9649 §4.2): per block, red and blue minus multiples of green (and blue
 * minus a multiple of red), the multipliers fitted by least squares and kept only when they lower
 * the residual cost.
 */
final class CrossColourTransform {

    /** Per block the multipliers as an image (see {@link #element}). */
    record Result(int[] multipliers, int blocksWide, int blocksHigh) {
    }

    private CrossColourTransform() {
    }

    /** Transforms {@code pixels} in place, block by block: fit the multipliers, then apply them; O(pixels). */
    static Result applyInPlace(int[] pixels, int width, int height, int bits) {
        int size = 1 << bits;
        int blocksWide = (width + size - 1) >> bits;
        int blocksHigh = (height + size - 1) >> bits;
        int[] multipliers = new int[blocksWide * blocksHigh];
        for (int by = 0; by < blocksHigh; by++) {
            for (int bx = 0; bx < blocksWide; bx++) {
                int x0 = bx << bits;
                int y0 = by << bits;
                int x1 = Math.min(width, x0 + size);
                int y1 = Math.min(height, y0 + size);
                int element = fit(pixels, width, x0, y0, x1, y1);
                multipliers[by * blocksWide + bx] = element;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0, i = y * width + x0; x < x1; x++, i++) {
                        pixels[i] = forward(pixels[i], element);
                    }
                }
            }
        }
        return new Result(multipliers, blocksWide, blocksHigh);
    }

    /** The sub-image pixel: red_to_blue in red, green_to_blue in green, green_to_red in blue. */
    static int element(int greenToRed, int greenToBlue, int redToBlue) {
        return 0xFF000000 | (redToBlue & 0xFF) << 16 | (greenToBlue & 0xFF) << 8 | (greenToRed & 0xFF);
    }

    static int forward(int argb, int element) {
        int greenToRed = (byte) element;
        int greenToBlue = (byte) (element >>> 8);
        int redToBlue = (byte) (element >>> 16);
        int green = (byte) (argb >>> 8);
        int red = (byte) (argb >>> 16);
        int newRed = ((argb >>> 16) - delta(greenToRed, green)) & 0xFF;
        int newBlue = (argb - delta(greenToBlue, green) - delta(redToBlue, red)) & 0xFF;
        return (argb & 0xFF00FF00) | newRed << 16 | newBlue;
    }

    private static int delta(int multiplier, int colour) {
        return (multiplier * colour) >> 5;
    }

    private static int fit(int[] px, int width, int x0, int y0, int x1, int y1) {
        long gg = 0;
        long gr = 0;
        long gb = 0;
        long rr = 0;
        long rb = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0, i = y * width + x0; x < x1; x++, i++) {
                int g = (byte) (px[i] >>> 8);
                int r = (byte) (px[i] >>> 16);
                int b = (byte) px[i];
                gg += g * g;
                gr += g * r;
                gb += g * b;
                rr += r * r;
                rb += r * b;
            }
        }
        int greenToRed = gg == 0 ? 0 : clamp(Math.round(32.0 * gr / gg));
        double det = (double) gg * rr - (double) gr * gr;
        int greenToBlue = 0;
        int redToBlue = 0;
        if (det > 0) {
            greenToBlue = clamp(Math.round(32.0 * (gb * (double) rr - rb * (double) gr) / det));
            redToBlue = clamp(Math.round(32.0 * (rb * (double) gg - gb * (double) gr) / det));
        }
        int[] candidates = {
            element(0, 0, 0), element(greenToRed, 0, 0), element(0, greenToBlue, redToBlue),
            element(greenToRed, greenToBlue, redToBlue),
        };
        int best = candidates[0];
        long bestCost = Long.MAX_VALUE;
        for (int candidate : candidates) {
            long cost = cost(px, width, x0, y0, x1, y1, candidate);
            if (cost < bestCost) {
                bestCost = cost;
                best = candidate;
            }
        }
        return best;
    }

    private static long cost(int[] px, int width, int x0, int y0, int x1, int y1, int element) {
        long cost = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0, i = y * width + x0; x < x1; x++, i++) {
                int t = forward(px[i], element);
                cost += ResidualCost.of((t >>> 16) & 0xFF) + ResidualCost.of(t & 0xFF);
            }
        }
        return cost;
    }

    private static int clamp(long v) {
        return (int) Math.max(-128, Math.min(127, v));
    }
}
