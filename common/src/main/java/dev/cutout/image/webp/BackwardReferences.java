package dev.cutout.image.webp;

import java.util.Arrays;

/**
 * LZ77 over pixels with one step of lazy matching: at each position the longest match among the
 * left pixel, the pixel above and a bounded hash chain of earlier pixel pairs.
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
        long match = longest(pixels, width, 0, head, chain);
        while (i < n) {
            int length = (int) (match >>> 32);
            if (length < MIN_LENGTH) {
                tokens.literal(pixels[i]);
                insert(pixels, i, head, chain);
                i++;
                match = i < n ? longest(pixels, width, i, head, chain) : 0;
                continue;
            }
            insert(pixels, i, head, chain);
            // lazy matching: a longer match one pixel on is worth a literal here
            long next = i + 1 < n ? longest(pixels, width, i + 1, head, chain) : 0;
            if ((int) (next >>> 32) > length) {
                tokens.literal(pixels[i]);
                i++;
                match = next;
                continue;
            }
            tokens.copy(length, codes.code((int) match));
            for (int end = i + length, at = i + 1; at < end; at++) {
                insert(pixels, at, head, chain);
            }
            i += length;
            match = i < n ? longest(pixels, width, i, head, chain) : 0;
        }
        return tokens;
    }

    /** The longest match at {@code at} as length << 32 | distance (length 0 when none). */
    private long longest(int[] pixels, int width, int at, int[] head, int[] chain) {
        int maxLength = Math.min(MAX_LENGTH, pixels.length - at);
        if (maxLength < MIN_LENGTH) {
            return 0;
        }
        int bestLength = 0;
        int bestDistance = 0;
        if (at >= 1) {
            bestLength = matchLength(pixels, at - 1, at, maxLength);
            bestDistance = 1;
        }
        if (at >= width && width > 1 && bestLength < maxLength) {
            int length = matchLength(pixels, at - width, at, maxLength);
            if (length > bestLength) {
                bestLength = length;
                bestDistance = width;
            }
        }
        int candidate = head[hash(pixels, at)];
        for (int tries = chainLength; candidate >= 0 && tries > 0 && bestLength < maxLength
                && at - candidate <= MAX_DISTANCE; tries--) {
            if (pixels[candidate + bestLength] == pixels[at + bestLength]) {
                int length = matchLength(pixels, candidate, at, maxLength);
                if (length > bestLength) {
                    bestLength = length;
                    bestDistance = at - candidate;
                }
            }
            candidate = chain[candidate & WINDOW_MASK];
        }
        return (long) bestLength << 32 | bestDistance;
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
