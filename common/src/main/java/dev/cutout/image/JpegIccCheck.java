package dev.cutout.image;

import dev.cutout.contract.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses a JPEG whose ICC profile claims more bytes than its APP2 segments hold. TwelveMonkeys allocates
 * the claimed size before it reads the profile, so a 10 KB file claiming a 2 GB profile is an
 * OutOfMemoryError (or a 1 GB heap spike) otherwise. A JPEG can carry at most 255 segments of 64 KB.
 */
final class JpegIccCheck {

    private static final byte[] ICC_MARKER = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
    /** After the marker: the segment's sequence number and the segment count. */
    private static final int ICC_SEQUENCE_BYTES = 2;
    private static final int APP2 = 0xE2;
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;

    private JpegIccCheck() {
    }

    /** Walks the marker segments up to the first scan; a structure it cannot follow is left to the decoder. */
    static void check(byte[] b) {
        long present = 0;
        long claimed = 0;
        int p = 2;
        while (p + 4 <= b.length && (b[p] & 0xFF) == 0xFF) {
            int marker = b[p + 1] & 0xFF;
            if (marker == 0xFF) {
                p++; // fill byte
                continue;
            }
            if (marker == SOS || marker == EOI) {
                break;
            }
            int length = ContainerBytes.u16be(b, p + 2);
            int data = p + 4;
            int dataLength = length - 2;
            if (length < 2 || data + dataLength > b.length) {
                break;
            }
            int payload = data + ICC_MARKER.length + ICC_SEQUENCE_BYTES;
            if (marker == APP2 && dataLength >= ICC_MARKER.length + ICC_SEQUENCE_BYTES && startsWith(b, data)) {
                int payloadLength = data + dataLength - payload;
                present += payloadLength;
                if (payloadLength >= 4) {
                    // Any segment may be taken as the first one by a reader: the largest claim counts.
                    claimed = Math.max(claimed, ContainerBytes.u32be(b, payload));
                }
            }
            p = data + dataLength;
        }
        if (claimed > present) {
            throw new ImageException(ErrorCode.CORRUPT_IMAGE, String.format(Locale.ROOT,
                    "This JPEG's colour profile claims %d bytes but the file holds %d: the file is damaged",
                    claimed, present));
        }
    }

    private static boolean startsWith(byte[] b, int offset) {
        for (int i = 0; i < ICC_MARKER.length; i++) {
            if (b[offset + i] != ICC_MARKER[i]) {
                return false;
            }
        }
        return true;
    }
}
