package dev.cutout.image.webp;

/** Counts of the five VP8L alphabets (green + length + cache, red, blue, alpha, distance) in a token stream. */
final class Histograms {

    static final int GREEN = 0;
    static final int RED = 1;
    static final int BLUE = 2;
    static final int ALPHA = 3;
    static final int DISTANCE = 4;
    static final int LENGTH_CODES = 24;
    static final int DISTANCE_CODES = 40;

    private Histograms() {
    }

    static int greenAlphabet(int cacheBits) {
        return 256 + LENGTH_CODES + (cacheBits > 0 ? 1 << cacheBits : 0);
    }

    static int[][] of(TokenStream tokens, int[] hits, int cacheBits) {
        return perGroup(tokens, hits, cacheBits, null, 1)[0];
    }

    /** The five histograms of each group; {@code tokenGroup} gives each token's group (null: all in 0). */
    static int[][][] perGroup(TokenStream tokens, int[] hits, int cacheBits, int[] tokenGroup, int groups) {
        int[][][] all = new int[groups][][];
        for (int g = 0; g < groups; g++) {
            all[g] = new int[][] {
                new int[greenAlphabet(cacheBits)], new int[256], new int[256], new int[256], new int[DISTANCE_CODES]
            };
        }
        for (int t = 0; t < tokens.count(); t++) {
            int[][] h = all[tokenGroup == null ? 0 : tokenGroup[t]];
            int v = tokens.value(t);
            if (tokens.isCopy(t)) {
                h[GREEN][256 + PrefixValue.symbol(v)]++;
                h[DISTANCE][PrefixValue.symbol(tokens.distanceCode(t))]++;
            } else if (hits[t] >= 0) {
                h[GREEN][256 + LENGTH_CODES + hits[t]]++;
            } else {
                h[GREEN][(v >>> 8) & 0xFF]++;
                h[RED][(v >>> 16) & 0xFF]++;
                h[BLUE][v & 0xFF]++;
                h[ALPHA][v >>> 24]++;
            }
        }
        return all;
    }

    /** Shannon estimate of the coded size in bits (extra bits and code descriptions left out). */
    static double estimatedBits(int[][] histograms) {
        double bits = 0;
        for (int[] h : histograms) {
            long total = 0;
            for (int c : h) {
                total += c;
            }
            for (int c : h) {
                if (c > 0) {
                    bits += c * Math.log((double) total / c);
                }
            }
        }
        return bits / Math.log(2);
    }
}
