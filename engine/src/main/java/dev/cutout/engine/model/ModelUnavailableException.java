package dev.cutout.engine.model;

/** The model file is missing or not the one we expect; the message is one line that names the fix. */
public final class ModelUnavailableException extends RuntimeException {

    public ModelUnavailableException(String message) {
        super(message);
    }

    public ModelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
