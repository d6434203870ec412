package dev.cutout.gateway.limits;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The slot the current request was admitted with, from the filter to the jobs it queues. */
@RequestScoped
public class AdmittedRequest {

    private Reservation reservation;

    void hold(Reservation held) {
        this.reservation = held;
    }

    Optional<Reservation> reservation() {
        return Optional.ofNullable(reservation);
    }
}
