package dev.cutout.gateway.access;

import java.util.Locale;
import java.util.Optional;

/** The key a request carries: {@code X-API-Key}, else {@code Authorization: Bearer}, else (where allowed) the query. */
public final class PresentedKey {

    public static final String HEADER = "X-API-Key";
    public static final String QUERY_PARAMETER = "api-key";
    private static final String BEARER = "bearer ";

    private PresentedKey() {
    }

    /** The first key found; {@code query} is the {@code api-key} parameter, empty where the rule forbids it. */
    public static Optional<String> of(Optional<String> apiKeyHeader, Optional<String> authorization, Optional<String> query) {
        return apiKeyHeader.map(String::strip).filter(key -> !key.isEmpty())
                .or(() -> authorization.map(String::strip)
                        .filter(value -> value.toLowerCase(Locale.ROOT).startsWith(BEARER))
                        .map(value -> value.substring(BEARER.length()).strip())
                        .filter(key -> !key.isEmpty()))
                .or(() -> query.filter(key -> !key.isEmpty()));
    }
}
