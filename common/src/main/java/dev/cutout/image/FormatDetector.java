package dev.cutout.image;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/** Names the format of an upload from its magic bytes alone, never from a file name or media type. */
public final class FormatDetector {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "hevc", "heim", "heis", "hevm", "hevs", "mif1", "msf1");
    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");
    /** Compatible brands beyond this are not worth reading: real files list a handful. */
    private static final int MAX_FTYP_BYTES = 256;

    private FormatDetector() {
    }

    public static Optional<ImageFormat> detect(byte[] bytes) {
        if (startsWith(bytes, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
            return Optional.of(ImageFormat.JPEG);
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(ImageFormat.PNG);
        }
        if (ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")) {
            return Optional.of(ImageFormat.WEBP);
        }
        if (ascii(bytes, 0, "GIF87a") || ascii(bytes, 0, "GIF89a")) {
            return Optional.of(ImageFormat.GIF);
        }
        if (ascii(bytes, 0, "BM") && bytes.length >= 14) {
            return Optional.of(ImageFormat.BMP);
        }
        if (startsWith(bytes, 0, (byte) 'I', (byte) 'I', (byte) 42, (byte) 0)
                || startsWith(bytes, 0, (byte) 'M', (byte) 'M', (byte) 0, (byte) 42)) {
            return Optional.of(ImageFormat.TIFF);
        }
        return detectIsoBmff(bytes);
    }

    /** HEIC and AVIF share the ISO-BMFF container; the 'ftyp' box's brands tell them apart. */
    private static Optional<ImageFormat> detectIsoBmff(byte[] bytes) {
        if (bytes.length < 16 || !ascii(bytes, 4, "ftyp")) {
            return Optional.empty();
        }
        long boxSize = ((bytes[0] & 0xFFL) << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF);
        int end = (int) Math.min(Math.min(boxSize, bytes.length), MAX_FTYP_BYTES);
        // AVIF wins over HEIC: AVIF files often list mif1 too, HEIC files never list avif.
        Optional<ImageFormat> found = brandFormat(brand(bytes, 8));
        if (found.isPresent() && found.get() == ImageFormat.AVIF) {
            return found;
        }
        // Compatible brands start after major brand (4) and minor version (4).
        for (int offset = 16; offset + 4 <= end; offset += 4) {
            Optional<ImageFormat> compatible = brandFormat(brand(bytes, offset));
            if (compatible.isPresent() && (found.isEmpty() || compatible.get() == ImageFormat.AVIF)) {
                found = compatible;
            }
        }
        return found;
    }

    private static Optional<ImageFormat> brandFormat(String brand) {
        if (AVIF_BRANDS.contains(brand)) {
            return Optional.of(ImageFormat.AVIF);
        }
        return HEIC_BRANDS.contains(brand) ? Optional.of(ImageFormat.HEIC) : Optional.empty();
    }

    private static String brand(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.ISO_8859_1);
    }

    private static boolean ascii(byte[] bytes, int offset, String text) {
        return startsWith(bytes, offset, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] bytes, int offset, byte... prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
