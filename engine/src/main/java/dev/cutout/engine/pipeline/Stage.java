package dev.cutout.engine.pipeline;

/**
 * The steps one photo goes through, in order; progress events and timings are reported per stage.
 * LAYOUT (crop, canvas) runs only when a job asks for it.
 */
public enum Stage {
    DECODE, RESIZE, INFER, REFINE, COMPOSE, LAYOUT, ENCODE
}
