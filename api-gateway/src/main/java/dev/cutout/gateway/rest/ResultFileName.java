package dev.cutout.gateway.rest;

import dev.cutout.contract.OutputFormat;
import java.text.Normalizer;
import java.util.Optional;

/**
 * {@code <name>_no_bg.png} (or {@code .webp}, {@code .jpg}: the result's format) from whatever file name a
 * client sent: letters and digits of any script, dot, dash and underscore; {@link ContentDisposition} sends it.
 */
public final class ResultFileName {

    static final String DEFAULT = "cutout_no_bg.png";
    private static final String DEFAULT_BASE = "cutout";
    private static final int MAX_BASE_LENGTH = 100;

    private ResultFileName() {
    }

    static String of(Optional<String> clientName) {
        return of(clientName, OutputFormat.PNG);
    }

    static String of(Optional<String> clientName, OutputFormat format) {
        return clientName.flatMap(ResultFileName::baseName).orElse(DEFAULT_BASE) + "_no_bg." + format.extension();
    }

    /**
     * The name without directories or extension, NFC, anything but letters (with their accents), digits,
     * dot, dash and underscore replaced; empty when nothing usable is left.
     */
    public static Optional<String> baseName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = Normalizer.normalize(base, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}._-]+", "_")
                .replaceAll("^[._-]+|[._-]+$", "");
        if (base.codePointCount(0, base.length()) > MAX_BASE_LENGTH) {
            base = base.substring(0, base.offsetByCodePoints(0, MAX_BASE_LENGTH));
        }
        return base.isEmpty() ? Optional.empty() : Optional.of(base);
    }
}
