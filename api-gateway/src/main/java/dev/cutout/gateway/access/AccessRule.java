package dev.cutout.gateway.access;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which requests need a key and where a key may come from. Everything under {@code /api} needs one except
 * {@code GET /api/v1/info} (the page reads it to learn that a key is needed); the static page and
 * {@code /q/*} (health, metrics, OpenAPI) never reach this rule. A key in the query ({@code ?api-key=}) is taken
 * only on the event streams, because EventSource cannot send headers; anywhere else a URL with a key ends up in
 * logs and browser history for nothing.
 */
public final class AccessRule {

    public static final String INFO_PATH = "/api/v1/info";
    private static final Pattern EVENT_STREAM = Pattern.compile("/api/v1/(jobs|batches)/[^/]+/events/?");

    private AccessRule() {
    }

    /** Whether {@code method path} needs a key; unusual spellings of a path (case, {@code //}) count as the API. */
    public static boolean needsKey(String method, String path) {
        String normalized = normalized(path);
        if (!normalized.startsWith("/api")) {
            return false;
        }
        boolean info = normalized.equals(INFO_PATH) || normalized.equals(INFO_PATH + "/");
        return !(info && (method.equals("GET") || method.equals("HEAD")));
    }

    /** Whether the key may be sent as {@code ?api-key=}: {@code GET} of a job's or a batch's events only. */
    public static boolean keyInQueryAllowed(String method, String path) {
        return method.equals("GET") && EVENT_STREAM.matcher(normalized(path)).matches();
    }

    /** The path lower-cased, {@code //} folded and with a leading slash: how the rules here compare paths. */
    public static String normalized(String path) {
        String p = path == null ? "/" : path.replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
        return p.startsWith("/") ? p : "/" + p;
    }
}
