package dev.cutout.contract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads and writes {@link JobOptions} as the AMQP headers of a job message; absent headers take defaults. */
public final class JobHeaders {

    private JobHeaders() {
    }

    public static Map<String, Object> write(JobOptions options) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(Topology.HEADER_VERSION, JobEvent.VERSION);
        options.model().ifPresent(model -> headers.put(Topology.HEADER_MODEL, model));
        headers.put(Topology.HEADER_OUTPUT, options.output().name().toLowerCase(Locale.ROOT));
        headers.put(Topology.HEADER_BACKGROUND, options.background());
        headers.put(Topology.HEADER_DECONTAMINATE, options.decontaminate());
        headers.put(Topology.HEADER_QUALITY, options.quality());
        headers.put(Topology.HEADER_MATTING, options.matting());
        options.fileName().ifPresent(name -> headers.put(Topology.HEADER_FILE_NAME, name));
        return headers;
    }

    /**
     * Options from headers as any AMQP client may send them (strings, booleans, byte strings).
     *
     * @throws IllegalArgumentException naming the header when a value is malformed
     */
    public static JobOptions read(Map<String, ?> headers) {
        Map<String, ?> h = headers == null ? Map.of() : headers;
        return new JobOptions(
                text(h, Topology.HEADER_MODEL),
                text(h, Topology.HEADER_OUTPUT).map(JobHeaders::outputKind).orElse(OutputKind.CUTOUT),
                text(h, Topology.HEADER_BACKGROUND).orElse(JobOptions.DEFAULT_BACKGROUND),
                text(h, Topology.HEADER_DECONTAMINATE).map(v -> flag(Topology.HEADER_DECONTAMINATE, v)).orElse(true),
                text(h, Topology.HEADER_QUALITY).map(v -> flag(Topology.HEADER_QUALITY, v)).orElse(false),
                text(h, Topology.HEADER_MATTING).map(v -> flag(Topology.HEADER_MATTING, v)).orElse(false),
                text(h, Topology.HEADER_FILE_NAME));
    }

    /** {@code cutout}, {@code mask} or {@code background}, in any case. */
    public static OutputKind outputKind(String value) {
        try {
            return OutputKind.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("output must be cutout, mask or background, not '" + value + "'", e);
        }
    }

    private static boolean flag(String header, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException(header + " must be true or false, not '" + value + "'");
        };
    }

    /** AMQP clients hand header strings over as byte-string types; their toString is the text. */
    private static Optional<String> text(Map<String, ?> headers, String name) {
        Object value = headers.get(name);
        return value == null ? Optional.empty() : Optional.of(value.toString()).filter(v -> !v.isBlank());
    }
}
