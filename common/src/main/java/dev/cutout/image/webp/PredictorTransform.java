package dev.cutout.image.webp;

/**
 * The predictor transform: per block the predictor mode with the cheapest residuals, then the
 * residual of every pixel against its block's predictor.
 */
final class PredictorTransform {

    /** The residuals, and the block modes as an image (mode in green) of blocksWide × blocksHigh. */
    record Result(int[] residuals, int[] modes, int blocksWide, int blocksHigh) {
    }

    private PredictorTransform() {
    }

    /** O(pixels × 14) predictions to choose the modes, then one more pass for the residuals. */
    static Result apply(int[] pixels, int width, int height, int bits) {
        int size = 1 << bits;
        int blocksWide = (width + size - 1) >> bits;
        int blocksHigh = (height + size - 1) >> bits;
        int[] modes = new int[blocksWide * blocksHigh];
        for (int by = 0; by < blocksHigh; by++) {
            for (int bx = 0; bx < blocksWide; bx++) {
                int mode = cheapestMode(pixels, width, bx << bits, by << bits,
                        Math.min(width, (bx + 1) << bits), Math.min(height, (by + 1) << bits));
                modes[by * blocksWide + bx] = Predictors.BLACK | mode << 8;
            }
        }
        return new Result(residuals(pixels, width, height, bits, modes, blocksWide), modes, blocksWide, blocksHigh);
    }

    private static int cheapestMode(int[] px, int width, int x0, int y0, int x1, int y1) {
        int xs = Math.max(x0, 1);
        int ys = Math.max(y0, 1);
        int best = 1;
        long bestCost = Long.MAX_VALUE;
        for (int mode = 0; mode < Predictors.MODES; mode++) {
            long cost = 0;
            for (int y = ys; y < y1 && cost < bestCost; y++) {
                int row = y * width;
                for (int x = xs; x < x1; x++) {
                    int i = row + x;
                    int r = Predictors.subtract(px[i],
                            Predictors.predict(mode, px[i - 1], px[i - width], px[i - width - 1], px[i - width + 1]));
                    cost += ResidualCost.ofPixel(r);
                }
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = mode;
            }
        }
        return best;
    }

    /** Row 0 predicts from the left (its first pixel from black), column 0 from above, whatever the mode. */
    private static int[] residuals(int[] px, int width, int height, int bits, int[] modes, int blocksWide) {
        int[] out = new int[px.length];
        out[0] = Predictors.subtract(px[0], Predictors.BLACK);
        for (int x = 1; x < width; x++) {
            out[x] = Predictors.subtract(px[x], px[x - 1]);
        }
        for (int y = 1; y < height; y++) {
            int row = y * width;
            out[row] = Predictors.subtract(px[row], px[row - width]);
            int modeRow = (y >> bits) * blocksWide;
            for (int x = 1; x < width; x++) {
                int i = row + x;
                int mode = (modes[modeRow + (x >> bits)] >>> 8) & 0xF;
                out[i] = Predictors.subtract(px[i],
                        Predictors.predict(mode, px[i - 1], px[i - width], px[i - width - 1], px[i - width + 1]));
            }
        }
        return out;
    }
}
