package dev.cutout.k8s;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as both nginx ("26m") and Quarkus' MemorySize ("26M") write them: binary units, K/M/G. */
final class ByteSize {

    private static final Pattern SIZE = Pattern.compile("(\\d+)([kmg]?)");

    private ByteSize() {
    }

    static OptionalLong parse(String text) {
        Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        int shift = switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        return OptionalLong.of(Long.parseLong(m.group(1)) << shift);
    }
}
