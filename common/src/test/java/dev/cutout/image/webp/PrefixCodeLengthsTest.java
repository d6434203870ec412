package dev.cutout.image.webp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PrefixCodeLengthsTest {

    @Test
    void fibonacciCountsThatWouldNeedLongCodesStayWithinFifteenBitsAndComplete() {
        int[] counts = new int[40];
        counts[0] = 1;
        counts[1] = 1;
        for (int i = 2; i < 30; i++) {
            counts[i] = counts[i - 1] + counts[i - 2];
        }

        int[] lengths = PrefixCodeLengths.of(counts, 15);

        assertThat(Arrays.stream(lengths).max().getAsInt()).isEqualTo(15);
        assertThat(kraftSum(lengths)).isEqualTo(1.0);
        assertThat(Arrays.copyOfRange(lengths, 30, 40)).containsOnly(0);
    }

    @Test
    void randomHistogramsGiveCompleteCodesWithinTheLimit() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            int limit = 7 + random.nextInt(9);
            int[] counts = new int[2 + random.nextInt(Math.min(300, (1 << limit) - 1))];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = random.nextInt(4) == 0 ? 0 : 1 << random.nextInt(24);
            }
            int[] lengths = PrefixCodeLengths.of(counts, limit);

            assertThat(kraftSum(lengths)).as(Arrays.toString(counts)).isEqualTo(1.0);
        }
    }

    @Test
    void aSingleUsedSymbolBorrowsASecondSoThatTheCodeIsComplete() {
        int[] lengths = PrefixCodeLengths.of(new int[] {0, 0, 9, 0}, 15);

        assertThat(lengths).containsExactly(1, 0, 1, 0);
    }

    @Test
    void canonicalCodesArePrefixFreeAndOrderedByLengthThenSymbol() {
        PrefixCode code = PrefixCode.canonical(new int[] {2, 1, 3, 3});

        // bit-reversed for LSB-first writing: 10, 0, 110, 111
        assertThat(code.codes()).containsExactly(0b01, 0b0, 0b011, 0b111);
    }

    private static double kraftSum(int[] lengths) {
        double sum = 0;
        for (int len : lengths) {
            if (len > 0) {
                sum += Math.pow(2, -len);
            }
        }
        return sum;
    }
}
