package dev.cutout.engine.model;

/** The network failed to produce a matte for an input that passed validation. */
public final class InferenceException extends RuntimeException {

    public InferenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
