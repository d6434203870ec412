package dev.cutout.image;

import dev.cutout.contract.ErrorCode;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Turns uploaded bytes into an upright sRGB {@link RgbaImage}, refusing oversized or unreadable input before decoding pixels. */
public final class ImageDecoder {

    static final String UNSUPPORTED_MESSAGE =
            "This file is not an image format Cutout can read (JPEG, PNG, WebP, GIF, BMP, TIFF, HEIC, AVIF)";
    private static final double BYTES_PER_MEGABYTE = 1024.0 * 1024.0;

    private final ImageLimits limits;
    private final PixelLimit pixelLimit;

    public ImageDecoder(ImageLimits limits) {
        this.limits = limits;
        this.pixelLimit = new PixelLimit(limits.maxPixels());
    }

    /** The formats this machine can decode; HEIC and AVIF only when libheif loads. */
    public static Set<ImageFormat> supportedFormats() {
        Set<ImageFormat> formats = EnumSet.noneOf(ImageFormat.class);
        for (ImageFormat format : ImageFormat.values()) {
            boolean heif = format == ImageFormat.HEIC || format == ImageFormat.AVIF;
            if (heif ? HeifDecoder.available() : ImageIoDecoder.canRead(format)) {
                formats.add(format);
            }
        }
        return formats;
    }

    /** Reads the format and stored dimensions and enforces the limits, without allocating pixels. */
    public ImageHeader probe(byte[] bytes) {
        ImageFormat format = formatOf(bytes);
        checkContainer(format, bytes);
        ImageHeader header = isHeif(format)
                ? HeifDecoder.readHeader(format, bytes)
                : ImageIoDecoder.readHeader(format, bytes);
        pixelLimit.check(header);
        return header;
    }

    /** Decodes the first image, applies EXIF orientation and converts to sRGB. */
    public RgbaImage decode(byte[] bytes) {
        ImageFormat format = formatOf(bytes);
        checkContainer(format, bytes);
        if (isHeif(format)) {
            return HeifDecoder.decode(format, bytes, pixelLimit); // already upright: libheif applies irot/imir
        }
        RgbaImage stored = ArgbConverter.toSrgb(ImageIoDecoder.readFirstFrame(format, bytes, pixelLimit));
        return ExifOrientation.read(format, bytes).apply(stored);
    }

    /** Checks the byte limit first: detection is cheap but a 2 GB upload should not even be looked at. */
    private ImageFormat formatOf(byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            throw new ImageException(ErrorCode.TOO_LARGE, String.format(Locale.ROOT,
                    "This file is %.1f MB; the limit is %.1f MB",
                    bytes.length / BYTES_PER_MEGABYTE, limits.maxBytes() / BYTES_PER_MEGABYTE));
        }
        return FormatDetector.detect(bytes)
                .orElseThrow(() -> new ImageException(ErrorCode.UNSUPPORTED_FORMAT, UNSUPPORTED_MESSAGE));
    }

    /** Lies in the container that a decoder plugin would act on before noticing (issue 16's hostile corpus found them). */
    private static void checkContainer(ImageFormat format, byte[] bytes) {
        if (format == ImageFormat.JPEG) {
            JpegIccCheck.check(bytes);
        } else if (format == ImageFormat.WEBP) {
            WebpChunkCheck.check(bytes);
        }
    }

    private static boolean isHeif(ImageFormat format) {
        return format == ImageFormat.HEIC || format == ImageFormat.AVIF;
    }
}
