package dev.cutout.engine.pipeline.ensemble;

import dev.cutout.contract.QualityReport;
import java.util.Optional;

/**
 * Turns a {@link Choice} into the {@link QualityReport} a user sees, and says when the evidence
 * makes the cut-out doubtful: almost nothing or almost everything kept (no clear subject), or the
 * ensemble's members disagreeing while the kept cut-out leaves the photo's colours mixed (part of
 * the subject may be missing).
 */
public final class QualityAssessor {

    /** Below this share kept, no subject was found. */
    static final double NOTHING_KEPT = 0.005;
    /** Above this share kept, the whole frame was taken. */
    static final double EVERYTHING_KEPT = 0.97;

    /**
     * Fixed on the public sets (README, "Quality"): members agreeing below IoU 0.7 while the kept
     * cut-out's colours overlap the dropped ones above 0.8 flagged 3 photos, all gross failures, and
     * no photo that was right.
     */
    public static final QualityAssessor DEFAULT = new QualityAssessor(0.7, 0.8);

    private final double disagreeBelow;
    private final double mixedColoursAbove;

    /**
     * @param disagreeBelow     members whose lowest IoU is below this disagree
     * @param mixedColoursAbove a kept cut-out whose colour overlap is above this leaves the colours mixed
     */
    public QualityAssessor(double disagreeBelow, double mixedColoursAbove) {
        this.disagreeBelow = disagreeBelow;
        this.mixedColoursAbove = mixedColoursAbove;
    }

    public QualityReport assess(Choice choice, int modelRuns) {
        CandidateEvidence chosen = choice.chosenEvidence();
        MatteEvidence matte = chosen.matte();
        return new QualityReport(choice.chosen().candidate().name(), choice.reason(), modelRuns, matte.keptShare(),
                matte.borderContact(), choice.agreement(), matte.softShare(), doubt(choice, chosen));
    }

    private Optional<QualityReport.Doubt> doubt(Choice choice, CandidateEvidence chosen) {
        double kept = chosen.matte().keptShare();
        if (kept < NOTHING_KEPT || kept > EVERYTHING_KEPT) {
            return Optional.of(QualityReport.Doubt.NO_CLEAR_SUBJECT);
        }
        boolean mixed = !Double.isNaN(chosen.colourOverlap()) && chosen.colourOverlap() > mixedColoursAbove;
        if (choice.agreement() < disagreeBelow && mixed) {
            return Optional.of(QualityReport.Doubt.SUBJECT_MAY_BE_INCOMPLETE);
        }
        return Optional.empty();
    }
}
