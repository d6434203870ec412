package dev.cutout.engine.model;

/** The network's alpha on its square grid, row-major, values in 0..1. */
public record GridMatte(int size, float[] alpha) {

    public GridMatte {
        if (size <= 0 || alpha.length != size * size) {
            throw new IllegalArgumentException("expected " + size + "x" + size + " values, got " + alpha.length);
        }
    }
}
