package dev.cutout.worker.bench;

import dev.cutout.image.RgbaImage;

/** One scored photo: its decoded pixels and the exact (or hand-drawn) alpha, one byte per pixel. */
record EvalImage(String name, RgbaImage photo, byte[] truth) {

    EvalImage {
        if (truth.length != photo.width() * photo.height()) {
            throw new IllegalArgumentException(name + ": truth is not the photo's size");
        }
    }
}
