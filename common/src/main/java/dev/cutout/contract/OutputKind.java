package dev.cutout.contract;

/** What a job delivers. */
public enum OutputKind {
    /** RGBA cut-out: transparent where the background was. */
    CUTOUT,
    /** The alpha alone, as 8-bit grey. */
    MASK,
    /** The subject flattened onto an opaque background colour. */
    BACKGROUND
}
