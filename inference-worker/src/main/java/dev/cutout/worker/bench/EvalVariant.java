package dev.cutout.worker.bench;

import java.util.Optional;

/**
 * One way of making an alpha that the quality benchmark scores: the peers' baseline, a peer's own
 * output, Cutout's shipped standard and careful ensembles, or any ensemble spec for the cost table.
 *
 * @param name      the label in the tables
 * @param modelRuns network runs per photo (0 when the alpha comes from elsewhere)
 * @param alpha     the photo's alpha, or empty when this variant has none for it (a peer that skipped it)
 */
record EvalVariant(String name, int modelRuns, AlphaSource alpha) {

    /** Makes the alpha of one photo of one set. */
    @FunctionalInterface
    interface AlphaSource {
        Optional<byte[]> of(String set, EvalImage image, EvalContext context);
    }
}
