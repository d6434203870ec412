package dev.cutout.contract;

/**
 * A job option that cannot be read; the message names the option as the client sent it and is meant
 * for a person. The gateway answers it as a 400 problem, the worker as a failed event.
 */
public final class InvalidOptionsException extends IllegalArgumentException {

    public InvalidOptionsException(String message) {
        super(message);
    }

    /** Always {@link ErrorCode#INVALID_OPTIONS}. */
    public ErrorCode code() {
        return ErrorCode.INVALID_OPTIONS;
    }
}
