package dev.cutout.contract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file format of a job's result, with its media type (the result message's content type) and file extension. */
public enum OutputFormat {
    /** Lossless with alpha; the default. */
    PNG("image/png", "png"),
    /** Lossless WebP with alpha, smaller than PNG for catalogues. */
    WEBP("image/webp", "webp"),
    /** Lossy and opaque: a cut-out is flattened on the background colour. */
    JPEG("image/jpeg", "jpg");

    private final String mediaType;
    private final String extension;

    OutputFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Without the dot: {@code png}, {@code webp}, {@code jpg}. */
    public String extension() {
        return extension;
    }

    /** The option's value: {@code png}, {@code webp}, {@code jpeg}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code png}, {@code webp}, {@code jpeg} or {@code jpg}, in any case; messages follow the option's name. */
    public static OutputFormat parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "png" -> PNG;
            case "webp" -> WEBP;
            case "jpeg", "jpg" -> JPEG;
            default -> throw new InvalidOptionsException("must be png, webp or jpeg, not '" + text + "'");
        };
    }

    /** The format of a result message by its content type; empty for one that is not ours. */
    public static Optional<OutputFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(mediaType.trim())).findFirst();
    }
}
