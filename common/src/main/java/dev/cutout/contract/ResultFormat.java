package dev.cutout.contract;

/**
 * How a job's result is encoded ({@code format}, {@code jpeg-quality}).
 *
 * @param format      PNG (default), lossless WebP, or JPEG
 * @param jpegQuality 1 (smallest) to 100 (best), used only by JPEG
 */
public record ResultFormat(OutputFormat format, int jpegQuality) {

    public static final int DEFAULT_JPEG_QUALITY = 90;
    public static final ResultFormat PNG = new ResultFormat(OutputFormat.PNG, DEFAULT_JPEG_QUALITY);

    public ResultFormat {
        if (format == null) {
            throw new IllegalArgumentException("format is required");
        }
        if (jpegQuality < 1 || jpegQuality > 100) {
            throw new InvalidOptionsException("jpeg-quality must be 1 to 100, not " + jpegQuality);
        }
    }

    public static ResultFormat of(OutputFormat format) {
        return new ResultFormat(format, DEFAULT_JPEG_QUALITY);
    }

    public static ResultFormat jpeg(int quality) {
        return new ResultFormat(OutputFormat.JPEG, quality);
    }

    /** JPEG has no alpha: a cut-out in it must be flattened. */
    public boolean opaque() {
        return format == OutputFormat.JPEG;
    }
}
