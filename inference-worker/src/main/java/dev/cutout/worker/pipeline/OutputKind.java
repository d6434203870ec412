package dev.cutout.worker.pipeline;

/** What a job returns: the transparent cut-out, the alpha mask alone, or the subject flattened on a colour. */
public enum OutputKind {
    CUTOUT, MASK, BACKGROUND
}
