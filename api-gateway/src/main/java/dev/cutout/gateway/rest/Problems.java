package dev.cutout.gateway.rest;

import dev.cutout.contract.ErrorCode;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** The one place where error codes and gateway conditions become HTTP statuses and problem documents. */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:cutout:problem:";

    private Problems() {
    }

    public static int status(ErrorCode code) {
        return switch (code) {
            case UNSUPPORTED_FORMAT -> 415;
            case CORRUPT_IMAGE, INVALID_OPTIONS -> 400;
            case INVALID_HINTS -> 422;
            case TOO_LARGE, TOO_MANY_PIXELS -> 413;
            case RATE_LIMITED -> 429;
            case TIMEOUT -> 504;
            case INTERNAL -> 500;
        };
    }

    public static Response of(ErrorCode code, String detail) {
        return of(status(code), kebab(code.name()), title(code.name()), detail, code.name());
    }

    /** The problem document alone, for answers written below JAX-RS (a Vert.x filter). */
    public static Problem document(ErrorCode code, String detail) {
        return new Problem(TYPE_PREFIX + kebab(code.name()), title(code.name()), status(code), detail, code.name());
    }

    /** A problem with no job error code: unknown or expired job, not ready, broker away, bad route. */
    public static Response of(int status, String kind, String detail) {
        return of(status, kind, title(kind), detail, null);
    }

    /** A problem about a job that carries the job's own error code (a failed job's result). */
    public static Response of(int status, String kind, String detail, ErrorCode code) {
        return of(status, kind, title(kind), detail, code.name());
    }

    private static Response of(int status, String kind, String title, String detail, String code) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(TYPE_PREFIX + kebab(kind), title, status, detail, code))
                .build();
    }

    private static String kebab(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String title(String name) {
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
