package dev.cutout.engine.pipeline.ensemble;

import java.util.List;

/**
 * The candidate the chooser kept, why, and the evidence of every candidate (same order as the
 * ensemble's).
 *
 * @param agreement the lowest IoU at 0.5 between any two views' mattes (1 when one view ran)
 */
public record Choice(CandidateMatte chosen, int index, String reason, List<CandidateEvidence> evidence,
                     double agreement) {

    public Choice {
        evidence = List.copyOf(evidence);
    }

    public CandidateEvidence chosenEvidence() {
        return evidence.get(index);
    }
}
