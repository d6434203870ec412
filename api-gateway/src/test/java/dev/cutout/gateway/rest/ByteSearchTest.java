package dev.cutout.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteSearchTest {

    @Test
    void findsTheFirstMatchAtOrAfterTheStartIncludingOverlappingPrefixes() {
        ByteSearch search = new ByteSearch(bytes("aab"));

        assertThat(search.in(bytes("aaab"), 0)).isEqualTo(1);
        assertThat(search.in(bytes("aabaab"), 1)).isEqualTo(3);
        assertThat(search.in(bytes("aaaa"), 0)).isEqualTo(-1);
        assertThat(search.in(bytes("aab"), -5)).isZero();
    }

    @Test
    void agreesWithANaiveScanOnRandomBytesOfASmallAlphabet() {
        Random random = new Random(16);
        for (int round = 0; round < 5_000; round++) {
            byte[] needle = randomBytes(random, 1 + random.nextInt(6));
            byte[] haystack = randomBytes(random, random.nextInt(40));
            int from = random.nextInt(5);
            assertThat(new ByteSearch(needle).in(haystack, from)).as("round %d", round)
                    .isEqualTo(naive(haystack, needle, from));
        }
    }

    @Test
    void refusesAnEmptyNeedle() {
        assertThatThrownBy(() -> new ByteSearch(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    private static int naive(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) ('a' + random.nextInt(2));
        }
        return bytes;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
