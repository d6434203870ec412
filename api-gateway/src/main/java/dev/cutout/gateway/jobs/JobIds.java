package dev.cutout.gateway.jobs;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Job ids are version-7 UUIDs (RFC 9562): 48 bits of creation time in milliseconds, then random
 * bits. The time lets any replica tell an expired id (410) from one never issued (404) without
 * keeping a list of ids.
 */
public final class JobIds {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private JobIds() {
    }

    public static String next(Instant now) {
        long millis = now.toEpochMilli();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0fffL);
        long low = (RANDOM.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /**
     * When the id was issued; empty for anything that is not a lower-case canonical v7 UUID, so
     * only ids of our own form ever become queue names.
     */
    public static Optional<Instant> createdAt(String id) {
        if (id == null || !CANONICAL.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochMilli(UUID.fromString(id).getMostSignificantBits() >>> 16));
    }
}
