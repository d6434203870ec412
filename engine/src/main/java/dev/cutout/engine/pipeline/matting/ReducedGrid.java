package dev.cutout.engine.pipeline.matting;

/**
 * A large problem on a smaller grid: colours and alpha box-averaged, a reduced pixel fixed only when
 * every full-resolution pixel under it is fixed to the same side, unknown otherwise. The solve's change
 * on that grid is stretched back bilinearly (pixel centres aligned) onto the full-resolution unknown
 * pixels only. O(full-resolution pixels).
 */
final class ReducedGrid {

    private final MattingProblem full;
    private final MattingProblem reduced;

    private ReducedGrid(MattingProblem full, MattingProblem reduced) {
        this.full = full;
        this.reduced = reduced;
    }

    MattingProblem reduced() {
        return reduced;
    }

    static ReducedGrid of(MattingProblem full, int maxSide) {
        int w = full.width();
        int h = full.height();
        double scale = (double) maxSide / Math.max(w, h);
        int rw = Math.max(1, (int) Math.round(w * scale));
        int rh = Math.max(1, (int) Math.round(h * scale));
        int[] argb = new int[rw * rh];
        byte[] alpha = new byte[rw * rh];
        byte[] labels = new byte[rw * rh];
        int[] src = full.argb();
        byte[] srcAlpha = full.alpha();
        byte[] srcLabels = full.labels();
        for (int ty = 0; ty < rh; ty++) {
            int y0 = (int) ((long) ty * h / rh);
            int y1 = Math.max(y0 + 1, (int) ((long) (ty + 1) * h / rh));
            for (int tx = 0; tx < rw; tx++) {
                int x0 = (int) ((long) tx * w / rw);
                int x1 = Math.max(x0 + 1, (int) ((long) (tx + 1) * w / rw));
                long r = 0;
                long g = 0;
                long b = 0;
                long a = 0;
                byte label = srcLabels[y0 * w + x0];
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        int p = y * w + x;
                        int px = src[p];
                        r += (px >>> 16) & 0xFF;
                        g += (px >>> 8) & 0xFF;
                        b += px & 0xFF;
                        a += srcAlpha[p] & 0xFF;
                        if (srcLabels[p] != label) {
                            label = MattingProblem.UNKNOWN;
                        }
                    }
                }
                long count = (long) (y1 - y0) * (x1 - x0);
                int t = ty * rw + tx;
                argb[t] = 0xFF000000 | (int) ((r + count / 2) / count) << 16 | (int) ((g + count / 2) / count) << 8
                        | (int) ((b + count / 2) / count);
                alpha[t] = (byte) ((a + count / 2) / count);
                labels[t] = label;
            }
        }
        return new ReducedGrid(full, new MattingProblem(rw, rh, argb, alpha, labels));
    }

    /** The full-resolution alpha: the prior plus the stretched change {@code solved − prior} on unknown pixels. */
    byte[] applyChange(byte[] reducedPrior, byte[] reducedSolved) {
        int rw = reduced.width();
        int rh = reduced.height();
        float[] change = new float[rw * rh];
        for (int i = 0; i < change.length; i++) {
            change[i] = (reducedSolved[i] & 0xFF) - (reducedPrior[i] & 0xFF);
        }
        int w = full.width();
        int h = full.height();
        byte[] out = full.alpha().clone();
        byte[] labels = full.labels();
        float sx = (float) rw / w;
        float sy = (float) rh / h;
        for (int y = 0; y < h; y++) {
            float fy = Math.max(0f, Math.min(rh - 1f, (y + 0.5f) * sy - 0.5f));
            int y0 = Math.min((int) fy, rh - 1);
            int y1 = Math.min(y0 + 1, rh - 1);
            float wy = fy - y0;
            for (int x = 0; x < w; x++) {
                int p = y * w + x;
                if (labels[p] != MattingProblem.UNKNOWN) {
                    continue;
                }
                float fx = Math.max(0f, Math.min(rw - 1f, (x + 0.5f) * sx - 0.5f));
                int x0 = Math.min((int) fx, rw - 1);
                int x1 = Math.min(x0 + 1, rw - 1);
                float wx = fx - x0;
                float top = change[y0 * rw + x0] + wx * (change[y0 * rw + x1] - change[y0 * rw + x0]);
                float bottom = change[y1 * rw + x0] + wx * (change[y1 * rw + x1] - change[y1 * rw + x0]);
                float v = (out[p] & 0xFF) + top + wy * (bottom - top);
                out[p] = (byte) Math.round(Math.max(0f, Math.min(255f, v)));
            }
        }
        return out;
    }
}
