package dev.cutout.engine.pipeline.ensemble;

/**
 * The thresholds of {@link CandidateChooser}, fixed on the public evaluation sets (README, "Quality").
 *
 * @param separationMargin an alternative replaces the reference only when its colour overlap is
 *                         lower by at least this much (0..1)
 * @param sameAbove        candidates whose IoU with the reference is at least this are the same
 *                         cut-out: the reference is kept (it saw the photo at the full grid)
 * @param wholeFrameKept   an alternative keeping at least this share of the photo took the whole frame: refused
 * @param wholeFrameBorder an alternative covering at least this share of the photo's outer ring took the frame: refused
 * @param nothingBelow     a reference keeping less than this share found no subject
 * @param smallBelow       a reference keeping at least {@code nothingBelow} and less than this found a small subject ...
 * @param growthLimit      ... which an alternative keeping more than this many times as much may not replace
 *                         (zoomed out, the model tends to add the small subject's surroundings)
 * @param hazeRatio        ... unless the reference's soft share exceeds this many times its kept share (it
 *                         found a haze, not a small subject: a board filling the frame, 5 % kept, 53 % soft) ...
 * @param crispRatio       ... and the alternative's soft share is at most this many times its kept share (it
 *                         resolved the haze into a crisp cut-out: the board, 93 % kept, 4 % soft)
 * @param corroboration    when an ensemble offers several alternatives, one may replace the reference only
 *                         if another alternative agrees with it at least this well (IoU at 0.5)
 */
public record ChooserSettings(double separationMargin, double sameAbove, double wholeFrameKept,
                              double wholeFrameBorder, double nothingBelow, double smallBelow, double growthLimit,
                              double hazeRatio, double crispRatio, double corroboration) {

    public static final ChooserSettings DEFAULT = new ChooserSettings(0.05, 0.95, 0.97, 0.9, 0.005, 0.10, 3.0, 2.0, 0.25, 0.8);

    public ChooserSettings {
        for (double v : new double[] {separationMargin, sameAbove, wholeFrameKept, wholeFrameBorder, nothingBelow,
            smallBelow, corroboration}) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("chooser thresholds are within 0..1: " + v);
            }
        }
        if (!(growthLimit >= 1) || !(hazeRatio > 0) || !(crispRatio > 0)) {
            throw new IllegalArgumentException("growthLimit must be at least 1, hazeRatio and crispRatio positive: "
                    + growthLimit + ", " + hazeRatio + ", " + crispRatio);
        }
    }
}
