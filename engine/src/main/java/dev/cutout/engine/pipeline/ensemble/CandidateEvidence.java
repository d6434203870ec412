package dev.cutout.engine.pipeline.ensemble;

import java.util.Optional;

/**
 * What the chooser knows of one candidate.
 *
 * @param matte            kept share, border contact, soft share
 * @param colourOverlap    {@link ColourSeparation#overlap} of its kept and dropped colours (lower = cleaner cut)
 * @param iouWithReference IoU at 0.5 with the first candidate (1 for the first itself)
 * @param refusal          why it may not be chosen, when it may not
 */
public record CandidateEvidence(MatteEvidence matte, double colourOverlap, double iouWithReference,
                                Optional<String> refusal) {
}
