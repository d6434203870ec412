package dev.cutout.gateway.jobs;

/**
 * The broker refused the job because {@code cutout.jobs} holds its maximum
 * ({@code cutout-gateway.max-queued-jobs}): nothing was queued, the client should retry later (HTTP 503).
 */
public final class QueueFullException extends RuntimeException {

    public QueueFullException(String message) {
        super(message);
    }
}
