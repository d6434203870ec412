package dev.cutout.worker.bench;

import dev.cutout.contract.QualityReport;

import java.util.Optional;

/**
 * One way of making an alpha that the quality benchmark scores: the peers' baseline, a peer's own
 * output, Cutout's shipped standard and careful ensembles, or any ensemble spec for the cost table.
 *
 * @param name      the label in the tables
 * @param modelRuns network runs per photo (a peer's alpha, made elsewhere, counts its own run but is not
 *                  timed here: its table time is "-")
 * @param alpha     the photo's alpha, or empty when this variant has none for it (a peer that skipped it)
 */
record EvalVariant(String name, int modelRuns, AlphaSource alpha) {

    /** Names of variants whose alpha was made by another tool. */
    static final String PEER_PREFIX = "imgly";

    boolean timedHere() {
        return !name.startsWith(PEER_PREFIX);
    }

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
