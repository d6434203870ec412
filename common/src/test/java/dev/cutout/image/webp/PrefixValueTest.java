package dev.cutout.image.webp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefixValueTest {

    @Test
    void symbolAndExtraBitsDecodeBackToEveryValueUpToTheLargestDistance() {
        for (int value = 1; value <= (1 << 20); value++) {
            int symbol = PrefixValue.symbol(value);
            int extraBits = PrefixValue.extraBitCount(value);
            // the decoder's side, RFC 9649 §3.5.2.2
            int decoded;
            if (symbol < 4) {
                decoded = symbol + 1;
            } else {
                int bits = (symbol - 2) >> 1;
                assertThat(extraBits).isEqualTo(bits);
                decoded = ((2 + (symbol & 1)) << bits) + PrefixValue.extraBits(value) + 1;
            }
            assertThat(decoded).isEqualTo(value);
        }
        assertThat(PrefixValue.symbol(4096)).isEqualTo(23);
        assertThat(PrefixValue.symbol(1 << 20)).isEqualTo(39);
    }
}
