package dev.cutout.image.webp;

import java.util.Arrays;

/**
 * Greedy LZ77 over pixels: at each position the longest match among the left pixel, the pixel above
 * and a bounded hash chain of earlier pixel pairs.
 */
final class BackwardReferences {

    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 4096;
    private static final int HASH_BITS = 18;
    private static final int WINDOW_BITS = 20;
    private static final int WINDOW_MASK = (1 << WINDOW_BITS) - 1;
    /** The longest distance the 40 distance prefix codes reach, less the 120 short codes. */
    private static final int MAX_DISTANCE = (1 << WINDOW_BITS) - DistanceCodes.SHORT_CODES;

    private final int chainLength;

    /** @param chainLength how many earlier candidates of the same hash to try per position */
    BackwardReferences(int chainLength) {
        this.chainLength = chainLength;
    }

    /** Tokens for {@code pixels}; O(n × chainLength) comparisons plus the length of the matches found. */
    TokenStream find(int[] pixels, int width) {
        int n = pixels.length;
        DistanceCodes codes = new DistanceCodes(width);
        TokenStream tokens = new TokenStream(n / 8 + 16);
        int[] head = new int[1 << HASH_BITS];
        Arrays.fill(head, -1);
        int[] chain = new int[Math.min(n, 1 << WINDOW_BITS)];
        int i = 0;
        while (i < n) {
            int maxLength = Math.min(MAX_LENGTH, n - i);
            int bestLength = 0;
            int bestDistance = 0;
            if (maxLength >= MIN_LENGTH) {
                if (i >= 1) {
                    bestLength = matchLength(pixels, i - 1, i, maxLength);
                    bestDistance = 1;
                }
                if (i >= width && width > 1 && bestLength < maxLength) {
                    int length = matchLength(pixels, i - width, i, maxLength);
                    if (length > bestLength) {
                        bestLength = length;
                        bestDistance = width;
                    }
                }
                int candidate = head[hash(pixels, i)];
                for (int tries = chainLength; candidate >= 0 && tries > 0 && bestLength < maxLength
                        && i - candidate <= MAX_DISTANCE; tries--) {
                    if (pixels[candidate + bestLength] == pixels[i + bestLength]) {
                        int length = matchLength(pixels, candidate, i, maxLength);
                        if (length > bestLength) {
                            bestLength = length;
                            bestDistance = i - candidate;
                        }
                    }
                    candidate = chain[candidate & WINDOW_MASK];
                }
            }
            if (bestLength >= MIN_LENGTH) {
                tokens.copy(bestLength, codes.code(bestDistance));
                for (int end = i + bestLength; i < end; i++) {
                    insert(pixels, i, head, chain);
                }
            } else {
                tokens.literal(pixels[i]);
                insert(pixels, i, head, chain);
                i++;
            }
        }
        return tokens;
    }

    private static int matchLength(int[] pixels, int from, int at, int maxLength) {
        int length = 0;
        while (length < maxLength && pixels[from + length] == pixels[at + length]) {
            length++;
        }
        return length;
    }

    private static void insert(int[] pixels, int at, int[] head, int[] chain) {
        int h = hash(pixels, at);
        chain[at & WINDOW_MASK] = head[h];
        head[h] = at;
    }

    /** Hash of the pixel pair at {@code at} and {@code at + 1} (the last pixel pairs with itself). */
    private static int hash(int[] pixels, int at) {
        int next = at + 1 < pixels.length ? pixels[at + 1] : pixels[at];
        return (pixels[at] * 0x9E3779B1 ^ next * 0x85EBCA77) >>> (32 - HASH_BITS);
    }
}
