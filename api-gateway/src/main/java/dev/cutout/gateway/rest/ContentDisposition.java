package dev.cutout.gateway.rest;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * {@code Content-Disposition: attachment} for any file name (RFC 6266): a quoted ASCII {@code filename=} that
 * no client can read as a header break, a path or a hidden file, and {@code filename*=UTF-8''…} (RFC 8187, was
 * 5987) with the Unicode name when it is not plain ASCII.
 */
public final class ContentDisposition {

    static final String FALLBACK_BASE = "download";
    /** Code points of the whole name; a longer name keeps its start and its extension. */
    static final int MAX_CODE_POINTS = 120;
    /** Controls, format characters (bidi overrides, zero-width), separators other than space, surrogates gone astray. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}\\p{Zl}\\p{Zp}]+");
    /** What Windows, shells or quoted-string parsing give a meaning to. */
    private static final Pattern RESERVED = Pattern.compile("[\"\\\\/<>:|?*;%=\\x60']+");
    private static final Pattern NOT_PLAIN_ASCII = Pattern.compile("[^A-Za-z0-9._-]+");
    private static final Pattern EDGES = Pattern.compile("^[\\s._-]+|[\\s.]+$");
    private static final Pattern UNICODE_EXTENSION = Pattern.compile("\\.[\\p{L}\\p{N}]{1,10}");
    private static final Pattern ASCII_EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,10}");
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    /** The header value for a download named {@code fileName}, whatever a client put in it. */
    public static String attachment(String fileName) {
        String unicode = unicodeName(fileName);
        String ascii = asciiName(unicode);
        String header = "attachment; filename=\"" + ascii + "\"";
        return ascii.equals(unicode) ? header : header + "; filename*=UTF-8''" + percentEncoded(unicode);
    }

    /** The last path segment, NFC, invisible and reserved characters as {@code _}, no leading dots, bounded. */
    static String unicodeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        name = INVISIBLE.matcher(name).replaceAll("_");
        name = RESERVED.matcher(name).replaceAll("_");
        return assembled(name.replaceAll("\\s+", " "), UNICODE_EXTENSION);
    }

    /** The Unicode name with accents folded and anything else outside {@code [A-Za-z0-9._-]} as {@code _}. */
    static String asciiName(String unicode) {
        String folded = Normalizer.normalize(unicode, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return assembled(NOT_PLAIN_ASCII.matcher(folded).replaceAll("_").replaceAll("_+", "_"), ASCII_EXTENSION);
    }

    /**
     * Base and extension: the base without leading dots, dashes or spaces (no hidden files, no options) nor
     * trailing dots or spaces (Windows drops them), {@value #FALLBACK_BASE} when nothing readable is left.
     */
    private static String assembled(String name, Pattern extensionShape) {
        int dot = name.lastIndexOf('.');
        String extension = dot >= 0 && extensionShape.matcher(name.substring(dot)).matches() ? name.substring(dot) : "";
        String base = EDGES.matcher(name.substring(0, name.length() - extension.length())).replaceAll("");
        if (base.replaceAll("[\\s._-]+", "").isEmpty()) {
            base = FALLBACK_BASE;
        }
        int room = MAX_CODE_POINTS - extension.length();
        if (base.codePointCount(0, base.length()) > room) {
            base = EDGES.matcher(base.substring(0, base.offsetByCodePoints(0, room))).replaceAll("");
        }
        return base + extension;
    }

    /** RFC 8187 {@code value-chars}: attr-char as is, every other UTF-8 byte as {@code %XX}. */
    private static String percentEncoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
