package dev.cutout.image.webp;

/**
 * Chooses a prefix code for a histogram and writes its description: the "simple" form for one or two
 * small symbols, otherwise code lengths run-length coded with the code-length code (RFC 9649 §3.7.2.1).
 */
final class PrefixCodeWriter {

    private static final int[] CODE_LENGTH_ORDER = {17, 18, 0, 1, 2, 3, 4, 5, 16, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    private static final int CODE_LENGTH_CODES = 19;
    private static final int MAX_CODE_LENGTH_LENGTH = 7;
    private static final int REPEAT_PREVIOUS = 16;
    private static final int REPEAT_ZERO_SHORT = 17;
    private static final int REPEAT_ZERO_LONG = 18;

    private PrefixCodeWriter() {
    }

    /** Writes the description of a code for {@code histogram} and returns that code. */
    static PrefixCode write(BitWriter out, int[] histogram) {
        int first = -1;
        int second = -1;
        int used = 0;
        for (int s = 0; s < histogram.length; s++) {
            if (histogram[s] > 0) {
                if (used == 0) {
                    first = s;
                } else if (used == 1) {
                    second = s;
                }
                used++;
            }
        }
        if (used == 0) {
            first = 0;
        }
        if (used <= 1 && first < 256) {
            out.write(1, 1);
            out.write(0, 1);
            writeSimpleSymbol(out, first);
            return PrefixCode.zeroBits(histogram.length);
        }
        if (used == 2 && second < 256) {
            out.write(1, 1);
            out.write(1, 1);
            writeSimpleSymbol(out, first);
            out.write(second, 8);
            int[] lengths = new int[histogram.length];
            lengths[first] = 1;
            lengths[second] = 1;
            return PrefixCode.canonical(lengths);
        }
        int[] lengths = PrefixCodeLengths.of(histogram, PrefixCode.MAX_LENGTH);
        writeLengths(out, lengths);
        return PrefixCode.canonical(lengths);
    }

    private static void writeSimpleSymbol(BitWriter out, int symbol) {
        if (symbol < 2) {
            out.write(0, 1);
            out.write(symbol, 1);
        } else {
            out.write(1, 1);
            out.write(symbol, 8);
        }
    }

    /** The normal form: the code-length code's own lengths, then every length through it. */
    private static void writeLengths(BitWriter out, int[] lengths) {
        int[] tokens = new int[lengths.length];
        int[] extra = new int[lengths.length];
        int count = runLengthTokens(lengths, tokens, extra);
        int[] histogram = new int[CODE_LENGTH_CODES];
        for (int i = 0; i < count; i++) {
            histogram[tokens[i]]++;
        }
        PrefixCode lengthCode = PrefixCode.canonical(PrefixCodeLengths.of(histogram, MAX_CODE_LENGTH_LENGTH));
        int written = CODE_LENGTH_CODES;
        while (written > 4 && lengthCode.lengths()[CODE_LENGTH_ORDER[written - 1]] == 0) {
            written--;
        }
        out.write(0, 1);
        out.write(written - 4, 4);
        for (int i = 0; i < written; i++) {
            out.write(lengthCode.lengths()[CODE_LENGTH_ORDER[i]], 3);
        }
        out.write(0, 1); // max_symbol = alphabet size: every length is written
        for (int i = 0; i < count; i++) {
            lengthCode.write(out, tokens[i]);
            switch (tokens[i]) {
                case REPEAT_PREVIOUS -> out.write(extra[i], 2);
                case REPEAT_ZERO_SHORT -> out.write(extra[i], 3);
                case REPEAT_ZERO_LONG -> out.write(extra[i], 7);
                default -> { }
            }
        }
    }

    /**
     * Run-length tokens of the lengths: zero runs as 17 (3..10) and 18 (11..138), runs of a non-zero
     * length as that length once then 16 (repeat it 3..6 times).
     */
    private static int runLengthTokens(int[] lengths, int[] tokens, int[] extra) {
        int count = 0;
        int i = 0;
        while (i < lengths.length) {
            int value = lengths[i];
            int run = 1;
            while (i + run < lengths.length && lengths[i + run] == value) {
                run++;
            }
            i += run;
            if (value == 0) {
                while (run >= 3) {
                    if (run >= 11) {
                        int n = Math.min(run, 138);
                        tokens[count] = REPEAT_ZERO_LONG;
                        extra[count++] = n - 11;
                        run -= n;
                    } else {
                        int n = Math.min(run, 10);
                        tokens[count] = REPEAT_ZERO_SHORT;
                        extra[count++] = n - 3;
                        run -= n;
                    }
                }
            } else {
                tokens[count++] = value;
                run--;
                while (run >= 3) {
                    int n = Math.min(run, 6);
                    tokens[count] = REPEAT_PREVIOUS;
                    extra[count++] = n - 3;
                    run -= n;
                }
            }
            while (run-- > 0) {
                tokens[count++] = value;
            }
        }
        return count;
    }
}
