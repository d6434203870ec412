package dev.cutout.contract;

/** Why a job failed: a code from the closed set and a message meant for a person. */
public record JobFailure(ErrorCode code, String message) {

    public JobFailure {
        if (code == null || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a failure needs a code and a message");
        }
    }
}
