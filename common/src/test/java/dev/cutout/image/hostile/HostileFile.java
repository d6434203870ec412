package dev.cutout.image.hostile;

import java.util.Locale;

/**
 * One entry of the {@link HostileCorpus}: a file name (whose extension may lie), what kind of hostile
 * input it is, its bytes and what Cutout must make of it.
 */
public record HostileFile(String name, String kind, byte[] bytes, Expected expected) {

    /** A media type guessed from the extension only, as a careless client would send it. */
    public String claimedMediaType() {
        String lower = name.toLowerCase(Locale.ROOT);
        String ext = lower.substring(lower.lastIndexOf('.') + 1);
        return switch (ext) {
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "bmp" -> "image/bmp";
            case "tif", "tiff" -> "image/tiff";
            case "heic" -> "image/heic";
            default -> "application/octet-stream";
        };
    }

    @Override
    public String toString() {
        return name + " (" + kind + ", " + bytes.length + " bytes, expected " + expected + ")";
    }
}
