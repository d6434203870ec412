package dev.cutout.image;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Finds where the EXIF TIFF structure sits inside a JPEG, PNG or WebP container, without copying it. */
final class ExifLocator {

    /** Where a TIFF structure lives inside the file bytes. */
    record Span(int offset, int length) {
    }

    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final int JPEG_SOS = 0xDA;
    private static final int JPEG_EOI = 0xD9;
    private static final int JPEG_APP1 = 0xE1;
    private static final int PNG_SIGNATURE_LENGTH = 8;
    private static final int RIFF_HEADER_LENGTH = 12;

    private ExifLocator() {
    }

    static Optional<Span> locate(ImageFormat format, byte[] bytes) {
        return switch (format) {
            case JPEG -> inJpeg(bytes);
            case PNG -> inPng(bytes);
            case WEBP -> inWebp(bytes);
            case TIFF -> Optional.of(new Span(0, bytes.length));
            default -> Optional.empty();
        };
    }

    /** Walks marker segments up to the first scan; EXIF must come before pixels. */
    private static Optional<Span> inJpeg(byte[] b) {
        int p = 2;
        while (p + 4 <= b.length) {
            if ((b[p] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = b[p + 1] & 0xFF;
            if (marker == 0xFF) {
                p++; // fill byte
                continue;
            }
            if (marker == JPEG_SOS || marker == JPEG_EOI) {
                return Optional.empty();
            }
            int length = ContainerBytes.u16be(b, p + 2);
            int data = p + 4;
            int dataLength = length - 2;
            if (length < 2 || data + dataLength > b.length) {
                return Optional.empty();
            }
            if (marker == JPEG_APP1 && startsWith(b, data, EXIF_HEADER)) {
                return Optional.of(new Span(data + EXIF_HEADER.length, dataLength - EXIF_HEADER.length));
            }
            p = data + dataLength;
        }
        return Optional.empty();
    }

    /** Walks chunks up to the first IDAT; eXIf after pixel data is not honoured by browsers either. */
    private static Optional<Span> inPng(byte[] b) {
        int p = PNG_SIGNATURE_LENGTH;
        while (p + 8 <= b.length) {
            long length = ContainerBytes.u32be(b, p);
            String type = new String(b, p + 4, 4, StandardCharsets.ISO_8859_1);
            int data = p + 8;
            if (length > b.length - data || "IDAT".equals(type)) {
                return Optional.empty();
            }
            if ("eXIf".equals(type)) {
                return Optional.of(new Span(data, (int) length));
            }
            p = data + (int) length + 4; // + CRC
        }
        return Optional.empty();
    }

    /** RIFF chunks are little-endian sized and padded to even lengths. */
    private static Optional<Span> inWebp(byte[] b) {
        int p = RIFF_HEADER_LENGTH;
        while (p + 8 <= b.length) {
            String type = new String(b, p, 4, StandardCharsets.ISO_8859_1);
            long length = ContainerBytes.u32le(b, p + 4);
            int data = p + 8;
            if (length > b.length - data) {
                return Optional.empty();
            }
            if ("EXIF".equals(type)) {
                // Some writers keep the JPEG-style "Exif\0\0" prefix inside the chunk.
                int skip = startsWith(b, data, EXIF_HEADER) ? EXIF_HEADER.length : 0;
                return Optional.of(new Span(data + skip, (int) length - skip));
            }
            p = data + (int) length + (int) (length & 1);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        if (offset < 0 || offset + prefix.length > b.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
