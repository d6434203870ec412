package dev.cutout.image.webp;

import java.util.Arrays;

/**
 * The VP8L colour cache as the decoder keeps it (every decoded pixel is inserted at a multiplicative
 * hash), used to replace literals it already holds by their cache index.
 */
final class ColourCache {

    static final int MAX_BITS = 11;
    private static final int HASH_MULTIPLIER = 0x1E35A7BD;
    private static final int[] CANDIDATE_BITS = {0, 2, 4, 6, 8, 10};
    private static final long EMPTY = -1L;

    private ColourCache() {
    }

    static int index(int argb, int bits) {
        return (argb * HASH_MULTIPLIER) >>> (32 - bits);
    }

    /**
     * Fills {@code hits} (one per token: the cache index of a literal found in a cache of {@code bits}
     * bits, else -1); O(pixels).
     */
    static void lookups(TokenStream tokens, int[] pixels, int bits, int[] hits) {
        if (bits == 0) {
            Arrays.fill(hits, 0, tokens.count(), -1);
            return;
        }
        long[] cache = new long[1 << bits];
        Arrays.fill(cache, EMPTY);
        int at = 0;
        for (int t = 0; t < tokens.count(); t++) {
            if (tokens.isCopy(t)) {
                hits[t] = -1;
                for (int end = at + tokens.value(t); at < end; at++) {
                    int argb = pixels[at];
                    cache[index(argb, bits)] = argb & 0xFFFFFFFFL;
                }
            } else {
                int argb = pixels[at++];
                int slot = index(argb, bits);
                hits[t] = cache[slot] == (argb & 0xFFFFFFFFL) ? slot : -1;
                cache[slot] = argb & 0xFFFFFFFFL;
            }
        }
    }

    /**
     * The candidate cache size with the smallest estimated entropy of the coded symbols; leaves
     * {@code hits} filled for it.
     */
    static int bestBits(TokenStream tokens, int[] pixels, int[] hits) {
        int best = 0;
        double bestCost = Double.MAX_VALUE;
        for (int bits : CANDIDATE_BITS) {
            lookups(tokens, pixels, bits, hits);
            double cost = Histograms.estimatedBits(Histograms.of(tokens, hits, bits));
            if (cost < bestCost) {
                bestCost = cost;
                best = bits;
            }
        }
        lookups(tokens, pixels, best, hits);
        return best;
    }
}
