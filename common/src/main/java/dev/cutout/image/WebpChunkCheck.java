package dev.cutout.image;

import dev.cutout.contract.ErrorCode;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a WebP whose chunk runs past the end of the file. TwelveMonkeys' lossless decoder does not
 * notice a cut-off VP8L bitstream and returns the missing rows as transparent black, silently.
 */
final class WebpChunkCheck {

    private static final int RIFF_HEADER = 12;
    private static final int CHUNK_HEADER = 8;

    private WebpChunkCheck() {
    }

    /** Walks the RIFF chunks as far as the RIFF size says (or the file, when that is shorter). */
    static void check(byte[] b) {
        long end = Math.min(b.length, CHUNK_HEADER + ContainerBytes.u32le(b, 4));
        long p = RIFF_HEADER;
        while (p + CHUNK_HEADER <= end) {
            int at = (int) p;
            long length = ContainerBytes.u32le(b, at + 4);
            long chunkEnd = p + CHUNK_HEADER + length;
            if (chunkEnd > b.length) {
                throw new ImageException(ErrorCode.CORRUPT_IMAGE, "This WebP file is cut off inside its '"
                        + new String(b, at, 4, StandardCharsets.ISO_8859_1).trim()
                        + "' chunk (" + length + " bytes claimed, " + (b.length - p - CHUNK_HEADER)
                        + " there); please upload it again");
            }
            p = chunkEnd + (length & 1); // chunks are padded to an even length
        }
    }
}
