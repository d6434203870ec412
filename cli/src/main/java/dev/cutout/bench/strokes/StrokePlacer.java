package dev.cutout.bench.strokes;

import dev.cutout.engine.kernel.Chamfer;
import dev.cutout.engine.kernel.Components;
import dev.cutout.image.HintMask;
import java.util.Optional;

/**
 * Where a person would put the next stroke: at the centre (the pixel farthest from its outline) of
 * the largest region where the current matte is wrong (cut at 0.5), keep where the truth is
 * foreground, erase where it is background. O(pixels) (a two-pass chamfer distance).
 */
final class StrokePlacer {

    private static final int HALF = 128;

    /** One stroke: a disc at ({@code x}, {@code y}). */
    record Stroke(int x, int y, byte label) {
    }

    private StrokePlacer() {
    }

    static Optional<Stroke> next(byte[] alpha, byte[] truth, int w, int h) {
        byte[] wrong = new byte[alpha.length];
        for (int i = 0; i < alpha.length; i++) {
            wrong[i] = (byte) (((alpha[i] & 0xFF) >= HALF) != ((truth[i] & 0xFF) >= HALF) ? 1 : 0);
        }
        Components components = Components.label(wrong, w, h, true);
        if (components.count() == 0) {
            return Optional.empty();
        }
        int largest = components.largest();
        int[] labels = components.labels();
        int[] distance = Chamfer.inside(labels, largest, w, h);
        int best = -1;
        for (int i = 0; i < distance.length; i++) {
            if (labels[i] == largest && (best < 0 || distance[i] > distance[best])) {
                best = i;
            }
        }
        byte label = (truth[best] & 0xFF) >= HALF ? HintMask.KEEP : HintMask.ERASE;
        return Optional.of(new Stroke(best % w, best / w, label));
    }

    /** Paints a disc of {@code radius} with the stroke's label into {@code labels}. */
    static void paint(byte[] labels, int w, int h, Stroke stroke, int radius) {
        int r2 = radius * radius;
        for (int y = Math.max(0, stroke.y() - radius); y <= Math.min(h - 1, stroke.y() + radius); y++) {
            for (int x = Math.max(0, stroke.x() - radius); x <= Math.min(w - 1, stroke.x() + radius); x++) {
                int dx = x - stroke.x();
                int dy = y - stroke.y();
                if (dx * dx + dy * dy <= r2) {
                    labels[y * w + x] = stroke.label();
                }
            }
        }
    }
}
