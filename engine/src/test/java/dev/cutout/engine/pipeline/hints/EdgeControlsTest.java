package dev.cutout.engine.pipeline.hints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EdgeControlsTest {

    private static final int W = 100;
    private static final int H = 10;

    /** Opaque left of x = 50, transparent from there. */
    private static byte[] halfOpaque() {
        byte[] alpha = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < 50; x++) {
                alpha[y * W + x] = (byte) 255;
            }
        }
        return alpha;
    }

    /** The first column of row 5 whose alpha is below 128. */
    private static int edge(byte[] alpha) {
        for (int x = 0; x < W; x++) {
            if ((alpha[5 * W + x] & 0xFF) < 128) {
                return x;
            }
        }
        return W;
    }

    @Test
    void shiftMovesTheEdgeOutAndIn() {
        assertThat(edge(halfOpaque())).isEqualTo(50);
        assertThat(edge(new EdgeControls(0, 5).apply(halfOpaque(), W, H))).isBetween(54, 56);
        assertThat(edge(new EdgeControls(0, -5).apply(halfOpaque(), W, H))).isBetween(44, 46);
    }

    @Test
    void featherSoftensTheEdgeWithoutMovingIt() {
        byte[] feathered = new EdgeControls(4, 0).apply(halfOpaque(), W, H);

        assertThat(edge(feathered)).isBetween(49, 51);
        assertThat(feathered[5 * W + 48] & 0xFF).isBetween(129, 254);
        assertThat(feathered[5 * W + 10] & 0xFF).isEqualTo(255);
    }
}
