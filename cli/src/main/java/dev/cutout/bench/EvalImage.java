package dev.cutout.bench;

import dev.cutout.image.RgbaImage;

/**
 * One scored photo: its decoded pixels and the exact (or hand-drawn) alpha, one byte per pixel;
 * {@code key} is the SHA-256 of the pixels, under which model runs are cached.
 */
record EvalImage(String name, RgbaImage photo, byte[] truth, String key) {

    EvalImage(String name, RgbaImage photo, byte[] truth) {
        this(name, photo, truth, ViewMatteCache.keyOf(photo));
    }

    EvalImage {
        if (truth.length != photo.width() * photo.height()) {
            throw new IllegalArgumentException(name + ": truth is not the photo's size");
        }
    }
}
