package dev.cutout.gateway.rest;

import jakarta.ws.rs.core.Response;

/** Ends a request with a ready problem response (unknown, expired, not ready, failed, timed out). */
final class JobProblemException extends RuntimeException {

    private final transient Response response;

    JobProblemException(Response response) {
        super(null, null, false, false);
        this.response = response;
    }

    Response response() {
        return response;
    }
}
