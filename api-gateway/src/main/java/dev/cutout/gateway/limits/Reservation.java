package dev.cutout.gateway.limits;

/**
 * The slot of the concurrency limit that an admitted request holds until its first job is queued (the job then
 * holds it) or the request ends without one. Guarded by its client's {@link ClientState}.
 */
final class Reservation {

    private final ClientState owner;
    private boolean held = true;

    Reservation(ClientState owner) {
        this.owner = owner;
    }

    ClientState owner() {
        return owner;
    }

    /** Gives the slot up; true the first time only, so that a slot is handed on or freed once. */
    boolean giveUp() {
        boolean was = held;
        held = false;
        return was;
    }
}
