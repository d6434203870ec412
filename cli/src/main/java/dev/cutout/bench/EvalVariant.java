package dev.cutout.bench;

import dev.cutout.contract.QualityReport;
import java.util.Optional;

/**
 * One way of making an alpha that the quality benchmark scores: the peers' baseline, a peer's own
 * output, Cutout's shipped standard and careful ensembles, or any ensemble spec for the cost table.
 *
 * @param name      the label in the tables
 * @param modelRuns network runs per photo
 * @param timedHere whether this process makes the alpha (a peer's, made elsewhere, has no time here: "-")
 * @param alpha     the photo's alpha, or empty when this variant has none for it (a peer that skipped it)
 */
record EvalVariant(String name, int modelRuns, boolean timedHere, AlphaSource alpha) {

    /** Makes the alpha of one photo of one set. */
    @FunctionalInterface
    interface AlphaSource {
        Optional<Output> of(String set, EvalImage image, EvalContext context);
    }

    /** A photo's alpha and, for Cutout's ensembles, the quality report that came with it. */
    record Output(byte[] alpha, Optional<QualityReport> report) {

        static Output of(byte[] alpha) {
            return new Output(alpha, Optional.empty());
        }
    }
}
