package dev.cutout.engine.pipeline.hints;

import dev.cutout.engine.pipeline.matting.BandMatting;
import dev.cutout.engine.pipeline.matting.MattingProblem;
import dev.cutout.engine.pipeline.matting.MattingSettings;
import dev.cutout.image.HintMask;
import dev.cutout.image.RgbaImage;

/**
 * Keep/erase strokes as hints that follow the photo's edges (Levin, Lischinski and Weiss 2008:
 * scribbles as constraints of a closed-form matting solve). The strokes' pixels are fixed to 255
 * (keep) or 0 (erase); every other pixel within {@link #spreadRadius} of a stroke becomes unknown,
 * pulled weakly towards the current alpha, and the matting Laplacian carries the strokes' value
 * across similar colours until an edge stops it; outside that zone every pixel keeps its alpha. So a
 * stroke on a missed part brings back the part, not a brush-shaped blob. The value spreads only from
 * the part of a stroke its middle reaches without crossing an edge ({@link StrokeSeeds}): a round brush
 * wider than a thin missed part paints the background it covers but does not carry into it. Thread-safe.
 */
public final class HintSolver {

    /** How far a stroke reaches, as a fraction of the photo's long side. */
    static final double SPREAD_FRACTION = 0.06;
    static final int MIN_SPREAD = 16;
    /**
     * The pull towards the current alpha, relative to band matting's: a stroke says the model was wrong
     * there, so its region follows the stroke (at full weight an erased region kept ~8 % alpha).
     * Measured with ./cutout eval-strokes: 0.1 takes 1.40 strokes on composites (1.50 at full weight), 1.80
     * on composites-tight (2.10), before stroke seeds (StrokeSeeds) came in.
     */
    static final double PRIOR_SCALE = 0.1;
    private static final int HALF = 128;

    private final BandMatting matting;

    public HintSolver(MattingSettings settings) {
        this.matting = new BandMatting(settings.withLambda(settings.lambda() * PRIOR_SCALE));
    }

    /** {@code alpha} of {@code photo} after the strokes of {@code hints} (at the photo's size). */
    public byte[] apply(RgbaImage photo, byte[] alpha, HintMask hints) {
        int w = photo.width();
        int h = photo.height();
        if (hints.width() != w || hints.height() != h) {
            throw new IllegalArgumentException("hints must be scaled to the photo (" + w + "x" + h + ") first");
        }
        if (hints.isEmpty()) {
            return alpha.clone();
        }
        byte[] strokes = hints.labels();
        byte[] seeds = StrokeSeeds.of(photo.argb(), strokes, w, h);
        byte[] zone = SpreadZone.around(hints, spreadRadius(w, h));
        byte[] labels = new byte[alpha.length];
        byte[] prior = alpha.clone();
        for (int i = 0; i < labels.length; i++) {
            if (strokes[i] != HintMask.NONE && seeds[i] == 0) {
                // Painted only (see StrokeSeeds): solved like its neighbours, then set to its label below.
                labels[i] = MattingProblem.UNKNOWN;
            } else if (strokes[i] == HintMask.KEEP) {
                labels[i] = MattingProblem.FOREGROUND;
                prior[i] = (byte) 255;
            } else if (strokes[i] == HintMask.ERASE) {
                labels[i] = MattingProblem.BACKGROUND;
                prior[i] = 0;
            } else if (zone[i] != 0) {
                labels[i] = MattingProblem.UNKNOWN;
            } else {
                // Out of the strokes' reach the alpha is fixed as it is, soft edges included.
                labels[i] = (alpha[i] & 0xFF) >= HALF ? MattingProblem.FOREGROUND : MattingProblem.BACKGROUND;
            }
        }
        byte[] solved = matting.solve(new MattingProblem(w, h, photo.argb(), prior, labels)).alpha();
        return BrushPainter.paint(solved, hints);
    }

    static int spreadRadius(int w, int h) {
        return Math.max(MIN_SPREAD, (int) Math.round(SPREAD_FRACTION * Math.max(w, h)));
    }
}
