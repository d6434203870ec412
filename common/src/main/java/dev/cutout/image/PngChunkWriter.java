package dev.cutout.image;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Lays out a PNG file: the signature, then length-type-data-CRC chunks, into an exactly sized array. */
final class PngChunkWriter {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Length, type and CRC around each chunk's data. */
    static final int CHUNK_OVERHEAD = 12;

    private final ByteBuffer out;

    /** @param capacity the whole file: 8 + the sum over chunks of (12 + data length) */
    PngChunkWriter(int capacity) {
        out = ByteBuffer.allocate(capacity);
        out.put(SIGNATURE);
    }

    static int fileSize(int chunks, long dataBytes) {
        long size = SIGNATURE.length + (long) chunks * CHUNK_OVERHEAD + dataBytes;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("PNG of " + size + " bytes does not fit an array");
        }
        return (int) size;
    }

    /** Writes one chunk whose data is the concatenation of {@code parts}. */
    PngChunkWriter chunk(String type, byte[]... parts) {
        long length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        out.putInt((int) length);
        int crcFrom = out.position();
        out.put(type.getBytes(StandardCharsets.US_ASCII));
        for (byte[] part : parts) {
            out.put(part);
        }
        CRC32 crc = new CRC32();
        crc.update(out.array(), crcFrom, out.position() - crcFrom);
        out.putInt((int) crc.getValue());
        return this;
    }

    byte[] toByteArray() {
        if (out.hasRemaining()) {
            throw new IllegalStateException(out.remaining() + " bytes of the PNG were never written");
        }
        return out.array();
    }
}
