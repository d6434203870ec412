package dev.cutout.image;

import dev.cutout.contract.ErrorCode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Reads headers and the first frame of JPEG, PNG, WebP, GIF, BMP and TIFF through ImageIO plugins, all in memory. */
final class ImageIoDecoder {

    /** libjpeg's wording when a JPEG ends early; ImageIO then fills the rest grey and only warns. */
    private static final String PREMATURE_END = "premature end";

    private ImageIoDecoder() {
    }

    static boolean canRead(ImageFormat format) {
        return ImageIO.getImageReadersByFormatName(readerName(format)).hasNext();
    }

    static ImageHeader readHeader(ImageFormat format, byte[] bytes) {
        return withReader(format, bytes, reader -> header(format, reader));
    }

    /** Checks the header with {@code limit} before the pixels are allocated, then decodes frame 0 only. */
    static BufferedImage readFirstFrame(ImageFormat format, byte[] bytes, PixelLimit limit) {
        return withReader(format, bytes, reader -> {
            limit.check(header(format, reader));
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw corrupt(format, null);
            }
            for (String warning : warnings) {
                if (warning != null && warning.toLowerCase(Locale.ROOT).contains(PREMATURE_END)) {
                    throw new ImageException(ErrorCode.CORRUPT_IMAGE,
                            "This " + name(format) + " file is cut off before the end of the image; please upload it again");
                }
            }
            return image;
        });
    }

    private static ImageHeader header(ImageFormat format, ImageReader reader) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
            throw new ImageException(ErrorCode.CORRUPT_IMAGE,
                    "This " + name(format) + " file declares an impossible size of " + width + "x" + height);
        }
        return new ImageHeader(format, width, height);
    }

    private interface ReaderTask<T> {
        T run(ImageReader reader) throws IOException;
    }

    /** Decoder plugins throw anything on hostile input, so every failure but our own is reported as a corrupt file. */
    private static <T> T withReader(ImageFormat format, byte[] bytes, ReaderTask<T> task) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(readerName(format));
        if (!readers.hasNext()) {
            throw new ImageException(ErrorCode.UNSUPPORTED_FORMAT,
                    name(format) + " is not supported on this server (no ImageIO reader installed)");
        }
        ImageReader reader = readers.next();
        // In memory only (ImageIO's default stream may spill to a temp file), and bounded past the end.
        try (ImageInputStream input = new InMemoryImageInput(bytes)) {
            reader.setInput(input, true, true);
            return task.run(reader);
        } catch (ImageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw corrupt(format, e);
        } finally {
            reader.dispose();
        }
    }

    private static ImageException corrupt(ImageFormat format, Throwable cause) {
        return new ImageException(ErrorCode.CORRUPT_IMAGE,
                "This file looks like " + name(format) + " but is damaged or incomplete, so it cannot be read", cause);
    }

    private static String readerName(ImageFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    private static String name(ImageFormat format) {
        return format == ImageFormat.WEBP ? "WebP" : format.name();
    }
}
