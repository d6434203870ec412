package dev.cutout.worker.messaging;

/** An event or result the broker did not confirm: the job is not acknowledged and will run again. */
public class UnconfirmedPublishException extends RuntimeException {

    public UnconfirmedPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
