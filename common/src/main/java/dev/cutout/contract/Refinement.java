package dev.cutout.contract;

import java.util.Optional;

/**
 * The refine part of a job: the photo's earlier result (a cut-out or mask PNG whose alpha the hints
 * correct, so the model does not run again), the hand-drawn hint mask (an image: opaque green keep,
 * opaque red erase) and the edge controls.
 *
 * @param previous the earlier result's PNG, at the photo's oriented size
 * @param hints    the hint mask image, any size with the photo's aspect ratio; empty for edge controls alone
 * @param feather  px, 0..{@value #MAX_FEATHER}: softens the edge
 * @param shift    px, -{@value #MAX_SHIFT}..{@value #MAX_SHIFT}: moves the edge out (positive) or in
 */
public record Refinement(byte[] previous, Optional<byte[]> hints, int feather, int shift) {

    public static final int MAX_FEATHER = 50;
    public static final int MAX_SHIFT = 30;

    public Refinement {
        if (previous == null || previous.length == 0 || hints == null) {
            throw new IllegalArgumentException("a refinement needs the previous result (and Optional.empty() for no hints)");
        }
        hints = hints.filter(bytes -> bytes.length > 0);
        if (feather < 0 || feather > MAX_FEATHER) {
            throw new InvalidOptionsException("feather must be 0.." + MAX_FEATHER + " px, not " + feather);
        }
        if (Math.abs(shift) > MAX_SHIFT) {
            throw new InvalidOptionsException("shift must be -" + MAX_SHIFT + ".." + MAX_SHIFT + " px, not " + shift);
        }
    }

    /** True when only the edge controls could change anything. */
    public boolean hasEdgeControls() {
        return feather != 0 || shift != 0;
    }
}
