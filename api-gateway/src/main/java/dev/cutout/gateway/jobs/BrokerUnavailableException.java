package dev.cutout.gateway.jobs;

/** The broker cannot take or answer the request right now; the client may retry (HTTP 503). */
public final class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message) {
        super(message);
    }

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
