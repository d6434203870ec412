package dev.cutout.image.hostile;

import dev.cutout.contract.ErrorCode;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a hostile file must become: accepted, refused with one of a few codes, or honestly either
 * (a bit flip inside entropy-coded data may still decode); {@code why} says the reason for an "either".
 */
public record Expected(boolean mayAccept, Set<ErrorCode> mayRefuse, String why) {

    public Expected {
        mayRefuse = mayRefuse.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(mayRefuse));
        if (!mayAccept && mayRefuse.isEmpty()) {
            throw new IllegalArgumentException("an expectation must allow something");
        }
    }

    public static Expected accept() {
        return new Expected(true, Set.of(), "");
    }

    public static Expected refuse(ErrorCode code) {
        return new Expected(false, Set.of(code), "");
    }

    /** Refused, with one of these codes; {@code why} says why more than one is honest. */
    public static Expected refuseAnyOf(String why, ErrorCode... codes) {
        return new Expected(false, Set.of(codes), why);
    }

    /** Accepted or refused with one of these codes; {@code why} says why both are honest. */
    public static Expected either(String why, ErrorCode... codes) {
        return new Expected(true, Set.of(codes), why);
    }

    /** {@code refusal} empty means the file was accepted. */
    public boolean allows(Optional<ErrorCode> refusal) {
        return refusal.map(mayRefuse::contains).orElse(mayAccept);
    }

    public boolean mustRefuse() {
        return !mayAccept;
    }

    @Override
    public String toString() {
        String refusals = mayRefuse.stream().map(Enum::name).sorted().collect(Collectors.joining("|"));
        if (!mayAccept) {
            return "REFUSE " + refusals;
        }
        return mayRefuse.isEmpty() ? "ACCEPT" : "ACCEPT or REFUSE " + refusals;
    }
}
