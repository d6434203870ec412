package dev.cutout.gateway.batches;

import dev.cutout.contract.ErrorCode;
import dev.cutout.gateway.jobs.JobRejectedException;
import dev.cutout.image.FormatDetector;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded zip as it streams in, one entry in memory at a time, and hands every file entry on as a
 * {@link ZipItem}. Sizes and the compression ratio are checked while inflating, so a bomb stops at the limit.
 *
 * <p>What a streaming reader cannot see: a zip's unix modes (symlinks) live in the central directory at the
 * end. A symlink entry's data is its target path, so it is refused here as "not an image"; nothing is ever
 * written to disk, so a link could not point anywhere anyway.
 *
 * @throws JobRejectedException for a problem with the whole zip (not a zip, too many entries, too large, a bomb)
 */
final class BatchZipReader {

    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ARCHIVE = {'P', 'K', 5, 6};
    /** Below this an entry's ratio says nothing about a bomb (a few KB of zeros) and costs nothing. */
    private static final long RATIO_FLOOR_BYTES = 64 * 1024;
    private static final int CHUNK = 16 * 1024;

    private final BatchLimits limits;

    BatchZipReader(BatchLimits limits) {
        this.limits = limits;
    }

    /** Reads the whole zip; {@code sink} gets every file entry in order (directories are skipped). */
    void read(InputStream body, Consumer<ZipItem> sink) {
        BufferedInputStream buffered = new BufferedInputStream(body);
        checkSignature(buffered);
        Counting compressed = new Counting(buffered);
        Totals totals = new Totals();
        try (ZipInputStream zip = new ZipInputStream(compressed, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = next(zip)) != null) {
                if (++totals.entries > limits.maxEntries()) {
                    throw reject(ErrorCode.TOO_LARGE, "The zip has more than " + limits.maxEntries() + " entries");
                }
                if (entry.isDirectory()) {
                    drain(zip, entry.getName(), compressed, totals);
                    continue;
                }
                sink.accept(item(zip, entry.getName(), compressed, totals));
            }
        } catch (ZipException e) {
            throw reject(ErrorCode.CORRUPT_IMAGE, "The zip cannot be read: " + e.getMessage());
        } catch (IOException e) {
            throw reject(ErrorCode.CORRUPT_IMAGE, "The zip could not be read to its end: " + e.getMessage());
        }
        if (totals.entries == 0) {
            throw reject(ErrorCode.INVALID_OPTIONS, "The zip has no entries");
        }
    }

    private static ZipEntry next(ZipInputStream zip) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (IllegalArgumentException e) {
            // ZipInputStream's answer to an entry name that is not valid UTF-8.
            throw reject(ErrorCode.CORRUPT_IMAGE, "The zip cannot be read: an entry name is not UTF-8 (" + e.getMessage() + ")");
        }
    }

    private ZipItem item(ZipInputStream zip, String name, Counting compressed, Totals totals) throws IOException {
        var unsafe = EntryNames.unsafe(name);
        if (unsafe.isPresent()) {
            drain(zip, name, compressed, totals);
            return new ZipItem.Refused(name, ErrorCode.INVALID_OPTIONS, "Refused: " + unsafe.get());
        }
        if (EntryNames.looksLikeArchive(name)) {
            drain(zip, name, compressed, totals);
            return new ZipItem.Refused(name, ErrorCode.UNSUPPORTED_FORMAT, "Refused: archives inside the zip are not unpacked");
        }
        byte[] bytes = inflate(zip, name, compressed, totals);
        if (bytes == null) {
            return new ZipItem.Refused(name, ErrorCode.TOO_LARGE,
                    "The entry is larger than " + limits.maxEntryBytes() + " bytes uncompressed");
        }
        if (startsWith(bytes, LOCAL_HEADER) || startsWith(bytes, EMPTY_ARCHIVE)) {
            return new ZipItem.Refused(name, ErrorCode.UNSUPPORTED_FORMAT, "Refused: archives inside the zip are not unpacked");
        }
        if (bytes.length == 0) {
            return new ZipItem.Refused(name, ErrorCode.UNSUPPORTED_FORMAT, "The entry is empty");
        }
        if (FormatDetector.detect(bytes).isEmpty()) {
            return new ZipItem.Refused(name, ErrorCode.UNSUPPORTED_FORMAT,
                    "Not an image this server reads (JPEG, PNG, WebP, GIF, BMP, TIFF, HEIC, AVIF); symbolic links are refused as such");
        }
        return new ZipItem.Photo(name, bytes);
    }

    /** The entry's bytes, or null when it is over the per-entry limit (the rest is still read, and counted). */
    private byte[] inflate(ZipInputStream zip, String name, Counting compressed, Totals totals) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = compressed.count;
        long size = 0;
        byte[] chunk = new byte[CHUNK];
        int n;
        while ((n = zip.read(chunk)) > 0) {
            size += n;
            account(name, size, compressed.count - start, n, totals);
            if (size <= limits.maxEntryBytes()) {
                out.write(chunk, 0, n);
            }
        }
        return size <= limits.maxEntryBytes() ? out.toByteArray() : null;
    }

    /** Reads past an entry whose bytes are not wanted: the limits still apply to it. */
    private void drain(ZipInputStream zip, String name, Counting compressed, Totals totals) throws IOException {
        long start = compressed.count;
        long size = 0;
        byte[] chunk = new byte[CHUNK];
        int n;
        while ((n = zip.read(chunk)) > 0) {
            size += n;
            account(name, size, compressed.count - start, n, totals);
        }
    }

    private void account(String name, long size, long compressedSoFar, int n, Totals totals) {
        totals.inflated += n;
        if (totals.inflated > limits.maxTotalBytes()) {
            throw reject(ErrorCode.TOO_LARGE, "The zip inflates to more than " + limits.maxTotalBytes() + " bytes");
        }
        if (size > RATIO_FLOOR_BYTES && size > (long) limits.maxRatio() * Math.max(1, compressedSoFar)) {
            throw reject(ErrorCode.TOO_LARGE, "Entry '" + name + "' inflates more than " + limits.maxRatio()
                    + " times its compressed size: refused as a zip bomb");
        }
    }

    private static void checkSignature(BufferedInputStream in) {
        try {
            in.mark(LOCAL_HEADER.length);
            byte[] head = in.readNBytes(LOCAL_HEADER.length);
            in.reset();
            if (!Arrays.equals(head, LOCAL_HEADER) && !Arrays.equals(head, EMPTY_ARCHIVE)) {
                throw reject(ErrorCode.UNSUPPORTED_FORMAT, "The body is not a zip archive");
            }
        } catch (IOException e) {
            throw reject(ErrorCode.CORRUPT_IMAGE, "The zip could not be read: " + e.getMessage());
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static JobRejectedException reject(ErrorCode code, String message) {
        return new JobRejectedException(code, message);
    }

    private static final class Totals {
        int entries;
        long inflated;
    }

    /** Counts the compressed bytes the zip reader has taken (a little ahead of the inflater: a lenient ratio). */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
