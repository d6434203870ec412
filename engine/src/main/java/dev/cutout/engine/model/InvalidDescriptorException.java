package dev.cutout.engine.model;

/** A model descriptor that cannot be used, with one sentence naming the file and the field. */
public final class InvalidDescriptorException extends RuntimeException {

    public InvalidDescriptorException(String message) {
        super(message);
    }

    public InvalidDescriptorException(String message, Throwable cause) {
        super(message, cause);
    }
}
