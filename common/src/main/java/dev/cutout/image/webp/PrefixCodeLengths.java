package dev.cutout.image.webp;

import java.util.Arrays;

/** Builds Huffman code lengths from symbol counts, limited to a maximum length. */
final class PrefixCodeLengths {

    private PrefixCodeLengths() {
    }

    /**
     * Code lengths for {@code counts}, none above {@code maxLength}, forming a complete code. At least
     * two symbols always get a length (an unused one is borrowed), because a complete code of one
     * symbol would need a zero-bit length that the normal code-length encoding cannot express.
     * O(n log n) per attempt; flattening the counts when the limit is exceeded converges in a few.
     */
    static int[] of(int[] counts, int maxLength) {
        int[] work = counts.clone();
        int used = 0;
        for (int c : work) {
            if (c > 0) {
                used++;
            }
        }
        for (int s = 0; used < 2 && s < work.length; s++) {
            if (work[s] == 0) {
                work[s] = 1;
                used++;
            }
        }
        if (used > 1 << maxLength) {
            throw new IllegalArgumentException(used + " symbols cannot have codes of at most " + maxLength + " bits");
        }
        long floor = 1;
        while (true) {
            int[] lengths = huffman(work, used);
            if (max(lengths) <= maxLength) {
                return lengths;
            }
            floor *= 2;
            for (int s = 0; s < work.length; s++) {
                if (work[s] > 0 && work[s] < floor) {
                    work[s] = (int) floor;
                }
            }
        }
    }

    private static int[] huffman(int[] counts, int used) {
        long[] sorted = new long[used];
        int k = 0;
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] > 0) {
                sorted[k++] = (long) counts[s] << 20 | s;
            }
        }
        Arrays.sort(sorted);
        int nodes = 2 * used - 1;
        long[] weight = new long[nodes];
        int[] parent = new int[nodes];
        for (int i = 0; i < used; i++) {
            weight[i] = sorted[i] >>> 20;
        }
        int leaf = 0;
        int inner = used;
        int next = used;
        while (next < nodes) {
            int a = leaf < used && (inner >= next || weight[leaf] <= weight[inner]) ? leaf++ : inner++;
            int b = leaf < used && (inner >= next || weight[leaf] <= weight[inner]) ? leaf++ : inner++;
            weight[next] = weight[a] + weight[b];
            parent[a] = next;
            parent[b] = next;
            next++;
        }
        int[] depth = new int[nodes];
        for (int i = nodes - 2; i >= 0; i--) {
            depth[i] = depth[parent[i]] + 1;
        }
        int[] lengths = new int[counts.length];
        for (int i = 0; i < used; i++) {
            lengths[(int) (sorted[i] & 0xFFFFF)] = depth[i];
        }
        return lengths;
    }

    private static int max(int[] values) {
        int m = 0;
        for (int v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
