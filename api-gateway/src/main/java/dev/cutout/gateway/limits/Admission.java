package dev.cutout.gateway.limits;

import java.time.Duration;

/** The answer to a client that wants to submit: admitted, holding a slot for its job, or refused until later. */
sealed interface Admission {

    record Admitted(Reservation reservation) implements Admission {
    }

    /** Nothing was taken from the client for a refusal: no token, no slot. */
    record Refused(Limit limit, Duration retryAfter) implements Admission {
    }
}
