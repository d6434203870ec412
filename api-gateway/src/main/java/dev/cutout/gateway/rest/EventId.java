package dev.cutout.gateway.rest;

import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobStatus;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code id:} of a job's SSE event, {@code <epoch ms of the event's at>-<status>}: what a reconnecting
 * EventSource sends back as {@code Last-Event-ID}, so any replica can tell how far the client got without
 * keeping anything per client.
 */
public record EventId(Instant at, JobStatus status) {

    private static final char SEPARATOR = '-';

    public static EventId of(JobEvent event) {
        return new EventId(event.at(), event.status());
    }

    /** The id a client sent; empty when absent or not one of ours (the stream then starts as for a new client). */
    public static Optional<EventId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int separator = text.indexOf(SEPARATOR);
        if (separator <= 0) {
            return Optional.empty();
        }
        try {
            long millis = Long.parseLong(text.substring(0, separator));
            JobStatus status = JobStatus.valueOf(text.substring(separator + 1).trim().toUpperCase(Locale.ROOT));
            return Optional.of(new EventId(Instant.ofEpochMilli(millis), status));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The client saw the job end: nothing more will come, so a reconnect is answered 204. */
    public boolean terminal() {
        return status.terminal();
    }

    public String text() {
        return at.toEpochMilli() + String.valueOf(SEPARATOR) + status.name().toLowerCase(Locale.ROOT);
    }
}
