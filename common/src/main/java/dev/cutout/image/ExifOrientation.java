package dev.cutout.image;

/** Reads the orientation tag (0x0112) from IFD0 of an image's EXIF data; anything unreadable means "as stored". */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int TYPE_SHORT = 3;
    private static final int TIFF_MAGIC = 42;
    private static final int IFD_ENTRY_LENGTH = 12;

    private ExifOrientation() {
    }

    /** Never throws: a broken EXIF block must not cost the user their image. */
    static Orientation read(ImageFormat format, byte[] bytes) {
        return ExifLocator.locate(format, bytes)
                .map(span -> Orientation.fromExif(readTiff(bytes, span.offset(), span.length())))
                .orElse(Orientation.NORMAL);
    }

    /** Returns the tag value, or 1 when the structure is absent, truncated or malformed. */
    static int readTiff(byte[] b, int start, int length) {
        int end = Math.min(b.length, start + Math.max(0, length));
        if (start < 0 || end - start < 8) {
            return 1;
        }
        boolean littleEndian;
        if (b[start] == 'I' && b[start + 1] == 'I') {
            littleEndian = true;
        } else if (b[start] == 'M' && b[start + 1] == 'M') {
            littleEndian = false;
        } else {
            return 1;
        }
        if (u16(b, start + 2, littleEndian) != TIFF_MAGIC) {
            return 1;
        }
        long ifd = start + u32(b, start + 4, littleEndian);
        if (ifd < start || ifd + 2 > end) {
            return 1;
        }
        int entries = u16(b, (int) ifd, littleEndian);
        for (int i = 0; i < entries; i++) {
            long entry = ifd + 2 + (long) i * IFD_ENTRY_LENGTH;
            if (entry + IFD_ENTRY_LENGTH > end) {
                return 1;
            }
            int e = (int) entry;
            if (u16(b, e, littleEndian) == ORIENTATION_TAG) {
                // A SHORT value of count 1 sits left-aligned in the 4-byte value field.
                return u16(b, e + 2, littleEndian) == TYPE_SHORT ? u16(b, e + 8, littleEndian) : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int p, boolean le) {
        return le ? (b[p] & 0xFF) | ((b[p + 1] & 0xFF) << 8)
                  : ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF);
    }

    private static long u32(byte[] b, int p, boolean le) {
        return le ? (b[p] & 0xFFL) | ((b[p + 1] & 0xFFL) << 8) | ((b[p + 2] & 0xFFL) << 16) | ((b[p + 3] & 0xFFL) << 24)
                  : ((b[p] & 0xFFL) << 24) | ((b[p + 1] & 0xFFL) << 16) | ((b[p + 2] & 0xFFL) << 8) | (b[p + 3] & 0xFFL);
    }
}
