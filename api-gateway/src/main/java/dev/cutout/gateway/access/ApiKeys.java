package dev.cutout.gateway.access;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * The configured API keys, held only as SHA-256 digests: a presented key is hashed and compared with every
 * digest in constant time ({@link MessageDigest#isEqual}), so neither the time taken nor an early exit says how
 * much of a key was right or which key it was.
 */
@Singleton
public class ApiKeys {

    private final List<byte[]> digests;

    @Inject
    ApiKeys(AuthConfig config) {
        this(config.apiKeys().orElse(List.of()));
    }

    ApiKeys(List<String> keys) {
        this.digests = keys.stream().map(String::strip).filter(key -> !key.isEmpty()).map(ApiKeys::sha256).toList();
    }

    /** Whether any key is configured: without one the API is open. */
    public boolean required() {
        return !digests.isEmpty();
    }

    /** Whether {@code presented} is one of the keys; hashing first makes every comparison the same length. */
    public boolean accepts(Optional<String> presented) {
        if (presented.isEmpty()) {
            return false;
        }
        byte[] digest = sha256(presented.get());
        boolean match = false;
        for (byte[] known : digests) {
            match |= MessageDigest.isEqual(known, digest); // no short cut: every key is compared
        }
        return match;
    }

    /** The SHA-256 of a key's UTF-8 bytes: the only form in which keys are kept (here and by the per-client limits). */
    public static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
