package dev.cutout.gateway.jobs;

import dev.cutout.contract.ErrorCode;

/** A request refused before anything was queued; the message is meant for a person. */
public final class JobRejectedException extends RuntimeException {

    private final ErrorCode code;

    public JobRejectedException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
