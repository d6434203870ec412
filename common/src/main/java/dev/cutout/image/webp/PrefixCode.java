package dev.cutout.image.webp;

/**
 * A canonical prefix code: per symbol its length and its code, bit-reversed so that it can be written
 * least-significant bit first.
 */
record PrefixCode(int[] lengths, int[] codes) {

    static final int MAX_LENGTH = 15;

    /** The canonical code (shorter codes first, then by symbol) for these lengths. */
    static PrefixCode canonical(int[] lengths) {
        int[] perLength = new int[MAX_LENGTH + 2];
        for (int len : lengths) {
            perLength[len]++;
        }
        perLength[0] = 0;
        int[] next = new int[MAX_LENGTH + 2];
        int code = 0;
        for (int len = 1; len <= MAX_LENGTH + 1; len++) {
            code = (code + perLength[len - 1]) << 1;
            next[len] = code;
        }
        int[] codes = new int[lengths.length];
        for (int s = 0; s < lengths.length; s++) {
            int len = lengths[s];
            if (len > 0) {
                codes[s] = Integer.reverse(next[len]++) >>> (32 - len);
            }
        }
        return new PrefixCode(lengths, codes);
    }

    /** A code in which every symbol takes zero bits (the single-symbol "simple" code). */
    static PrefixCode zeroBits(int alphabetSize) {
        return new PrefixCode(new int[alphabetSize], new int[alphabetSize]);
    }

    void write(BitWriter out, int symbol) {
        out.write(codes[symbol], lengths[symbol]);
    }
}
