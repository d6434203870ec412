package dev.cutout.gateway.limits;

import dev.cutout.gateway.access.AccessRule;
import java.util.regex.Pattern;

/**
 * The requests that make jobs, the only ones the per-client limits count: {@code POST} of {@code /api/v1/jobs},
 * {@code /api/v1/jobs/{id}/refine}, {@code /api/v1/remove-background} and {@code /api/v1/batches}. Unusual
 * spellings ({@code //}, capitals, a trailing slash) count too: a request that then matches nothing costs a token.
 */
final class SubmitRoute {

    private static final Pattern SUBMIT = Pattern.compile("/api/v1/(jobs|jobs/[^/]+/refine|remove-background|batches)/?");

    private SubmitRoute() {
    }

    static boolean matches(String method, String path) {
        return "POST".equals(method) && SUBMIT.matcher(AccessRule.normalized(path)).matches();
    }
}
