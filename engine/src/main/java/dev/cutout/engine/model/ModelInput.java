package dev.cutout.engine.model;

/**
 * The photo resized to the model's square grid: planar RGB (all R, then all G, then all B),
 * row-major, values in 0..255 as floats (not yet normalised for the network).
 */
public record ModelInput(int size, float[] chw) {

    public ModelInput {
        if (size <= 0 || chw.length != 3 * size * size) {
            throw new IllegalArgumentException("expected 3x" + size + "x" + size + " values, got " + chw.length);
        }
    }

    public int plane() {
        return size * size;
    }
}
