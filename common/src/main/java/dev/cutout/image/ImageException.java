package dev.cutout.image;

import dev.cutout.contract.ErrorCode;

/** A typed refusal of an input image; {@link #code()} says which, the message says it to a person. */
public final class ImageException extends RuntimeException {

    private final ErrorCode code;

    public ImageException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ImageException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
