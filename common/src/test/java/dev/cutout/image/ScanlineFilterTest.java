package dev.cutout.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScanlineFilterTest {

    private static final int BPP = 4;
    private static final int LENGTH = 64 * BPP;

    private final Random random = new Random(11);

    @Test
    void choosesNoneForAZeroRowBelowNoise() {
        assertFilteredAs(new byte[LENGTH], noise(LENGTH), ScanlineFilter.NONE);
    }

    @Test
    void choosesSubForAGentleRampBelowNoise() {
        byte[] ramp = new byte[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            ramp[i] = (byte) (i / BPP);
        }
        assertFilteredAs(ramp, noise(LENGTH), ScanlineFilter.SUB);
    }

    @Test
    void choosesUpForARowRepeatingTheOneAbove() {
        byte[] prev = noise(LENGTH);
        assertFilteredAs(prev.clone(), prev, ScanlineFilter.UP);
    }

    @Test
    void choosesPaethWhenTheLeftHalfRepeatsTheRowAboveAndTheRightHalfIsFlat() {
        byte[] prev = noise(LENGTH);
        Arrays.fill(prev, LENGTH / 2, LENGTH, (byte) 40);
        byte[] row = prev.clone();
        Arrays.fill(row, LENGTH / 2, LENGTH, (byte) 90);
        assertFilteredAs(row, prev, ScanlineFilter.PAETH);
    }

    @Test
    void randomRowsWithTransparentMarginsAreReversibleForEveryPixelSize() {
        for (int bpp = 1; bpp <= 4; bpp++) {
            for (int trial = 0; trial < 200; trial++) {
                int length = bpp * (1 + random.nextInt(40));
                byte[] row = withZeroMargins(noise(length));
                byte[] prev = trial % 3 == 0 ? new byte[length] : withZeroMargins(noise(length));
                byte[] out = new byte[length + 1];
                ScanlineFilter.filter(row, prev, length, bpp, out, 0);
                assertThat(PngUnfilter.unfilterRow(out, 0, prev, length, bpp)).containsExactly(row);
            }
        }
    }

    @Test
    void writesAtTheGivenOffsetAndLeavesTheRestOfTheBufferAlone() {
        byte[] row = noise(LENGTH);
        byte[] out = new byte[LENGTH + 11];
        Arrays.fill(out, (byte) 7);
        ScanlineFilter.filter(row, new byte[LENGTH], LENGTH, BPP, out, 5);
        assertThat(Arrays.copyOfRange(out, 0, 5)).containsOnly(7);
        assertThat(Arrays.copyOfRange(out, 6 + LENGTH, out.length)).containsOnly(7);
        assertThat(PngUnfilter.unfilterRow(out, 5, new byte[LENGTH], LENGTH, BPP)).containsExactly(row);
    }

    private static void assertFilteredAs(byte[] row, byte[] prev, int expectedType) {
        byte[] out = new byte[row.length + 1];
        assertThat(ScanlineFilter.filter(row, prev, row.length, BPP, out, 0)).isEqualTo(expectedType);
        assertThat(out[0]).isEqualTo((byte) expectedType);
        assertThat(PngUnfilter.unfilterRow(out, 0, prev, row.length, BPP)).containsExactly(row);
    }

    private byte[] noise(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Zeros a random prefix and suffix, as transparent pixels around a subject. */
    private byte[] withZeroMargins(byte[] bytes) {
        int from = random.nextInt(bytes.length + 1);
        int to = from + random.nextInt(bytes.length - from + 1);
        Arrays.fill(bytes, 0, from, (byte) 0);
        Arrays.fill(bytes, to, bytes.length, (byte) 0);
        return bytes;
    }
}
