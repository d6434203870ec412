package dev.cutout.gateway.rest;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body parsed in memory (RFC 7578). Quarkus' own form parser spools
 * every file part to a temporary file; an uploaded photo must never touch the disk, so the
 * resources take the raw body and split it here. O(body length).
 */
final class MultipartBody {

    /** One form field: its bytes and, for a file, the client's file name. */
    record Part(byte[] content, Optional<String> fileName) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("(?i)[;\\s]name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)filename=\"([^\"]*)\"");
    private static final ByteSearch HEADER_END = new ByteSearch("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    /** RFC 2046 §5.1.1: a boundary is 1 to 70 characters. */
    private static final int MAX_BOUNDARY_LENGTH = 70;

    private final Map<String, Part> parts;

    private MultipartBody(Map<String, Part> parts) {
        this.parts = parts;
    }

    Optional<Part> part(String name) {
        return Optional.ofNullable(parts.get(name));
    }

    Optional<String> text(String name) {
        return part(name).map(Part::text);
    }

    /** @throws IllegalArgumentException when the body is not the multipart form its content type announces */
    static MultipartBody parse(byte[] body, String contentType) {
        Matcher boundaryMatch = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!boundaryMatch.find()) {
            throw new IllegalArgumentException("the multipart content type has no boundary");
        }
        String boundary = boundaryMatch.group(1) != null ? boundaryMatch.group(1) : boundaryMatch.group(2);
        if (boundary.length() > MAX_BOUNDARY_LENGTH) {
            throw new IllegalArgumentException("the multipart boundary is longer than " + MAX_BOUNDARY_LENGTH + " characters");
        }
        ByteSearch delimiter = new ByteSearch(("--" + boundary).getBytes(StandardCharsets.UTF_8));
        ByteSearch separator = new ByteSearch(("\r\n--" + boundary).getBytes(StandardCharsets.UTF_8));
        int at = delimiter.in(body, 0);
        if (at < 0) {
            throw new IllegalArgumentException("the multipart body has no part");
        }
        Map<String, Part> parts = new HashMap<>();
        at += delimiter.length();
        while (at + 1 < body.length && !(body[at] == '-' && body[at + 1] == '-')) {
            int headersStart = at + 2; // skip the CRLF after the delimiter
            int headersEnd = HEADER_END.in(body, headersStart);
            int next = headersEnd < 0 ? -1 : separator.in(body, headersEnd + HEADER_END.length());
            if (next < 0) {
                throw new IllegalArgumentException("the multipart body is cut off");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + HEADER_END.length(), next);
            Matcher name = NAME.matcher(headers);
            if (name.find()) {
                Matcher fileName = FILE_NAME.matcher(headers);
                parts.putIfAbsent(name.group(1).toLowerCase(Locale.ROOT),
                        new Part(content, fileName.find() ? Optional.of(fileName.group(1)) : Optional.empty()));
            }
            at = next + separator.length();
        }
        return new MultipartBody(parts);
    }
}
