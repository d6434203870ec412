package dev.cutout.gateway.rest;

/**
 * An event stream asked for again after the client saw its end ({@code Last-Event-ID}): answered 204, which
 * tells EventSource to stop reconnecting.
 */
public final class StreamEnded extends RuntimeException {

    public StreamEnded() {
        super("the client saw the end of this event stream", null, false, false);
    }
}
