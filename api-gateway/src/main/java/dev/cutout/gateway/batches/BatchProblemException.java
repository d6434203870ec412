package dev.cutout.gateway.batches;

import dev.cutout.gateway.rest.Problems;
import jakarta.ws.rs.core.Response;

/** A batch id that cannot be answered (404 unknown, 410 expired), carrying its problem response. */
final class BatchProblemException extends RuntimeException {

    private final transient Response response;

    private BatchProblemException(Response response, String message) {
        super(message, null, false, false);
        this.response = response;
    }

    static BatchProblemException notFound(String id) {
        return new BatchProblemException(Problems.of(404, "batch-not-found", "There is no batch " + id), id);
    }

    static BatchProblemException expired(String id) {
        return new BatchProblemException(Problems.of(410, "batch-expired",
                "Batch " + id + " has expired: batches, like jobs, are kept only for a limited time"), id);
    }

    Response response() {
        return response;
    }
}
