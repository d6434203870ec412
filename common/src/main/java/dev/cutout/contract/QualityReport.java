package dev.cutout.contract;

import java.util.Optional;

/**
 * How sure the worker is of one cut-out, carried by the job's DONE event, the command line's output
 * line and the web page: which candidate matte was chosen and why, and the evidence behind it.
 *
 * @param chosen        the candidate that was kept, e.g. {@code plain} or {@code zoom-out}
 * @param reason        one sentence for a person: why that candidate
 * @param modelRuns     how many times the network ran for this photo
 * @param keptShare     share of the photo the cut-out keeps (alpha at least 0.5), 0..1
 * @param borderContact share of the photo's outermost ring that the subject covers, 0..1
 * @param agreement     IoU at alpha 0.5 between the ensemble's members (1 when only one ran)
 * @param softShare     share of the photo's pixels with soft alpha (0.02 &lt; alpha &lt; 0.98)
 * @param doubt         present when the evidence says the cut-out is doubtful
 */
public record QualityReport(String chosen, String reason, int modelRuns, double keptShare, double borderContact,
                            double agreement, double softShare, Optional<Doubt> doubt) {

    /** What may be wrong with a cut-out the worker is unsure of. */
    public enum Doubt {
        /** Part of the subject may be missing (or the evidence for the choice was weak). */
        SUBJECT_MAY_BE_INCOMPLETE,
        /** Almost nothing, or almost the whole photo, was kept: no clear subject was found. */
        NO_CLEAR_SUBJECT
    }

    public QualityReport {
        if (chosen == null || chosen.isBlank() || reason == null || doubt == null) {
            throw new IllegalArgumentException("a quality report needs the chosen candidate, a reason and a doubt (or none)");
        }
        if (modelRuns < 1) {
            throw new IllegalArgumentException("at least one model run: " + modelRuns);
        }
    }

    public boolean doubtful() {
        return doubt.isPresent();
    }
}
