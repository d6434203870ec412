package dev.cutout.image;

import java.io.IOException;
import java.util.Objects;
import javax.imageio.IIOException;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * The uploaded bytes as an {@link javax.imageio.stream.ImageInputStream}, read straight from the array (nothing
 * cached, nothing on disk), that stops a reader which will not stop at the end. TwelveMonkeys' WebP lossless
 * decoder swallows the end of the stream and goes on decoding zeros: a 158-byte WebP whose alpha stream was
 * damaged took 21 s of CPU (found by {@code ImageDecoderFuzzTest}); with a larger declared size, hours. A
 * well-formed file reads past its end a few times at most (look-ahead of a bit reader), so after
 * {@link #READS_PAST_END_ALLOWED} such reads the next one fails with an {@link IIOException}, which no plugin
 * mistakes for a normal end of data.
 */
final class InMemoryImageInput extends ImageInputStreamImpl {

    static final int READS_PAST_END_ALLOWED = 4096;

    private final byte[] bytes;
    private int readsPastEnd;

    InMemoryImageInput(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int read() throws IOException {
        checkClosed();
        bitOffset = 0;
        if (streamPos >= bytes.length) {
            return pastEnd();
        }
        return bytes[(int) streamPos++] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        checkClosed();
        Objects.checkFromIndexSize(offset, length, target.length);
        bitOffset = 0;
        if (length == 0) {
            return 0;
        }
        if (streamPos >= bytes.length) {
            return pastEnd();
        }
        int count = (int) Math.min(length, bytes.length - streamPos);
        System.arraycopy(bytes, (int) streamPos, target, offset, count);
        streamPos += count;
        return count;
    }

    @Override
    public long length() {
        return bytes.length;
    }

    private int pastEnd() throws IIOException {
        if (++readsPastEnd > READS_PAST_END_ALLOWED) {
            throw new IIOException("the decoder kept reading past the end of the file");
        }
        return -1;
    }
}
