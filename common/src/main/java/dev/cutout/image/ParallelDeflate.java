package dev.cutout.image;

import java.util.stream.IntStream;

/**
 * Compresses filtered scanlines into one zlib stream whose horizontal bands are deflated in parallel.
 *
 * <p>The stream is the 2-byte zlib header, the bands' raw deflate fragments in order, and the
 * Adler-32 of all filtered bytes, combined from the bands' own checksums.
 */
final class ParallelDeflate {

    /** Fewer rows per band than this and the per-band costs (buffers, deflater set-up, flush) stop paying off. */
    static final int MIN_BAND_ROWS = 64;
    /** Bands per core: several let a core that drew cheap transparent bands take more work (measured: 4 beats 2 slightly). */
    static final int BANDS_PER_CORE = 4;
    private static final long ADLER_BASE = 65521;

    private final int level;

    ParallelDeflate(int level) {
        this.level = level;
    }

    /** The zlib stream as consecutive parts, to be written in order (e.g. as one IDAT). */
    byte[][] compress(PixelRows rows) {
        int height = rows.height();
        int bands = bandCount(height, Runtime.getRuntime().availableProcessors());
        BandEncoder.Fragment[] fragments = IntStream.range(0, bands).parallel()
                .mapToObj(band -> new BandEncoder(rows, level).encode(
                        bandStart(band, bands, height), bandStart(band + 1, bands, height), band == bands - 1))
                .toArray(BandEncoder.Fragment[]::new);
        byte[][] parts = new byte[bands + 2][];
        parts[0] = header(level);
        long adler = 1;
        for (int band = 0; band < bands; band++) {
            parts[band + 1] = fragments[band].deflated();
            adler = adler32Combine(adler, fragments[band].adler() & 0xFFFFFFFFL, fragments[band].filteredLength());
        }
        parts[bands + 1] = new byte[] {(byte) (adler >>> 24), (byte) (adler >>> 16), (byte) (adler >>> 8), (byte) adler};
        return parts;
    }

    static int bandCount(int height, int processors) {
        return Math.max(1, Math.min(BANDS_PER_CORE * processors, height / MIN_BAND_ROWS));
    }

    private static int bandStart(int band, int bands, int height) {
        return (int) ((long) band * height / bands);
    }

    /** CMF 0x78 (deflate, 32 KiB window) and FLG whose level hint matches zlib's, with the check bits. */
    static byte[] header(int level) {
        int levelHint = level < 2 ? 0 : level < 6 ? 1 : level == 6 ? 2 : 3;
        int cmfFlg = 0x7800 | levelHint << 6;
        cmfFlg += 31 - cmfFlg % 31;
        return new byte[] {(byte) (cmfFlg >>> 8), (byte) cmfFlg};
    }

    /**
     * The Adler-32 of A followed by B from the checksums of A and B and the length of B
     * (zlib's adler32_combine): B's running sum gains |B| times A's byte sum.
     */
    static long adler32Combine(long adler1, long adler2, long length2) {
        long rem = length2 % ADLER_BASE;
        long sum1 = adler1 & 0xFFFF;
        long sum2 = rem * sum1 % ADLER_BASE;
        sum1 += (adler2 & 0xFFFF) + ADLER_BASE - 1;
        sum2 += ((adler1 >>> 16) & 0xFFFF) + ((adler2 >>> 16) & 0xFFFF) + ADLER_BASE - rem;
        sum1 %= ADLER_BASE;
        sum2 %= ADLER_BASE;
        return sum1 | sum2 << 16;
    }
}
