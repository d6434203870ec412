package dev.cutout.gateway.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The header in which trusted proxies name the hops a request came through, first (the original client, as far
 * as anyone claims) to last (the hop nearest this gateway). Only one is read, the one configured: a proxy that
 * writes one of them passes the other on as the client sent it, so reading both would believe a forgery.
 */
public enum ForwardedHeader {

    /** {@code X-Forwarded-For: 203.0.113.7, 10.0.0.2}: addresses, comma-separated, each proxy appends one. */
    X_FORWARDED_FOR("X-Forwarded-For"),

    /** RFC 7239 {@code Forwarded: for=203.0.113.7;proto=https, for="[2001:db8::7]:4711"}: the {@code for} of each element. */
    FORWARDED("Forwarded");

    private static final String FOR = "for=";

    private final String headerName;

    ForwardedHeader(String headerName) {
        this.headerName = headerName;
    }

    public String headerName() {
        return headerName;
    }

    /**
     * The hops named by every line of this header, in order; a hop that names no address (RFC 7239's
     * {@code unknown}, an obfuscated {@code _name}, an element without {@code for}) stays in the list as it is written,
     * so that the walk from the right stops there.
     */
    List<String> hops(List<String> lines) {
        List<String> hops = new ArrayList<>();
        for (String line : lines) {
            for (String element : split(line, ',')) {
                if (this == X_FORWARDED_FOR) {
                    hops.add(element.strip());
                } else {
                    hops.add(forOf(element));
                }
            }
        }
        hops.removeIf(String::isEmpty);
        return hops;
    }

    /** The {@code for} parameter of one RFC 7239 element, unquoted; {@code "unknown"} when it has none. */
    private static String forOf(String element) {
        for (String pair : split(element, ';')) {
            String p = pair.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith(FOR)) {
                String value = p.substring(FOR.length()).strip();
                boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
                return quoted ? value.substring(1, value.length() - 1) : value;
            }
        }
        return "unknown";
    }

    /** {@code text} cut at {@code separator} outside double quotes (RFC 7239 quotes IPv6 addresses with ports). */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
