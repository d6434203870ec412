package dev.cutout.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class ParallelDeflateTest {

    @Test
    void combinedAdlerEqualsTheAdlerOfTheConcatenationForRandomSplits() {
        Random random = new Random(3);
        for (int trial = 0; trial < 500; trial++) {
            byte[] data = new byte[random.nextInt(trial < 250 ? 300 : 200_000)];
            random.nextBytes(data);
            if (trial % 2 == 0) {
                java.util.Arrays.fill(data, 0, data.length / 2, (byte) 0xFF); // byte sums near the modulus
            }
            int split = data.length == 0 ? 0 : random.nextInt(data.length + 1);

            long combined = ParallelDeflate.adler32Combine(
                    adler(data, 0, split), adler(data, split, data.length), data.length - split);

            assertThat(combined).as("split %d of %d", split, data.length).isEqualTo(adler(data, 0, data.length));
        }
    }

    @Test
    void zlibHeaderMatchesTheOneZlibWritesForEachLevel() {
        for (int level = 0; level <= 9; level++) {
            Deflater deflater = new Deflater(level);
            deflater.setInput(new byte[] {1, 2, 3});
            deflater.finish();
            byte[] zlib = new byte[64];
            deflater.deflate(zlib);
            deflater.end();

            assertThat(ParallelDeflate.header(level)).as("level %d", level).containsExactly(zlib[0], zlib[1]);
        }
    }

    @Test
    void splitsTallImagesIntoBandsOfAtLeastTheMinimumHeight() {
        assertThat(ParallelDeflate.bandCount(2828, 2)).isEqualTo(2 * ParallelDeflate.BANDS_PER_CORE);
        assertThat(ParallelDeflate.bandCount(200, 8)).isEqualTo(200 / ParallelDeflate.MIN_BAND_ROWS);
        assertThat(ParallelDeflate.bandCount(1, 8)).isEqualTo(1);
    }

    private static long adler(byte[] data, int from, int to) {
        Adler32 adler = new Adler32();
        adler.update(data, from, to - from);
        return adler.getValue();
    }
}
