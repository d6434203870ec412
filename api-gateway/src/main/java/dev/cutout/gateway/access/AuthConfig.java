package dev.cutout.gateway.access;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/**
 * Who may use the API ({@code cutout.auth.*}, env {@code CUTOUT_AUTH_*}). Not in application.properties:
 * in the one-process app the engine validates every {@code cutout.*} key of that file, so set it by env.
 */
@ConfigMapping(prefix = "cutout.auth")
public interface AuthConfig {

    /**
     * The keys a client may send ({@code X-API-Key: K} or {@code Authorization: Bearer K}), comma-separated in
     * {@code CUTOUT_AUTH_API_KEYS}; absent or empty: the API is open to anyone who can reach it.
     */
    Optional<List<String>> apiKeys();
}
