package dev.cutout.engine.pipeline;

/** The steps one photo goes through, in order; progress events and timings are reported per stage. */
public enum Stage {
    DECODE, RESIZE, INFER, REFINE, COMPOSE, ENCODE
}
