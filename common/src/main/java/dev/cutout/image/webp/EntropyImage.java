package dev.cutout.image.webp;

import java.util.Arrays;

/**
 * The entropy image (meta prefix codes): blocks of the main image clustered by their symbol
 * statistics with a few rounds of k-means on estimated code length, each cluster getting its own
 * prefix codes. A cut-out's transparent margin, soft edge and opaque inside code very differently.
 */
final class EntropyImage {

    /** Above this many blocks the block size doubles: clustering cost grows with the block count. */
    private static final int MAX_BLOCKS = 1024;
    private static final int MIN_BITS = 4;
    private static final int MAX_BITS = 9;
    private static final int ROUNDS = 3;
    /** Rough bits to describe one group's five prefix codes, charged per extra group. */
    private static final double GROUP_OVERHEAD_BITS = 3000;
    private static final double SMOOTHING = 0.5;

    /** Group of each block (bits: log2 of the block side); {@code groups == 1} means no entropy image. */
    record Result(int bits, int blocksWide, int blocksHigh, int[] groupOfBlock, int groups) {

        /** One group for the whole image: no entropy image is written. */
        static Result single() {
            return new Result(MAX_BITS, 1, 1, new int[1], 1);
        }

        int[] asPixels() {
            int[] pixels = new int[groupOfBlock.length];
            for (int i = 0; i < pixels.length; i++) {
                int g = groupOfBlock[i];
                pixels[i] = 0xFF000000 | (g >> 8 & 0xFF) << 16 | (g & 0xFF) << 8;
            }
            return pixels;
        }

        /** The group of each token: that of the block its first pixel lies in. */
        int[] tokenGroups(TokenStream tokens, int width) {
            int[] groups = new int[tokens.count()];
            int at = 0;
            for (int t = 0; t < tokens.count(); t++) {
                int y = at / width;
                groups[t] = groupOfBlock[(y >> bits) * blocksWide + ((at - y * width) >> bits)];
                at += tokens.isCopy(t) ? tokens.value(t) : 1;
            }
            return groups;
        }
    }

    private final int maxGroups;

    EntropyImage(int maxGroups) {
        this.maxGroups = maxGroups;
    }

    /** O(blocks × groups × distinct symbols per block) per round. */
    Result cluster(TokenStream tokens, int[] hits, int cacheBits, int width, int height) {
        int bits = MIN_BITS;
        while (bits < MAX_BITS && (long) blocks(width, bits) * blocks(height, bits) > MAX_BLOCKS) {
            bits++;
        }
        int bw = blocks(width, bits);
        int bh = blocks(height, bits);
        int blocks = bw * bh;
        int[] each = new int[blocks];
        Arrays.setAll(each, i -> i);
        int[] tokenBlock = new Result(bits, bw, bh, each, blocks).tokenGroups(tokens, width);
        int[][] sparse = sparse(Histograms.perGroup(tokens, hits, cacheBits, tokenBlock, blocks));
        int[] segmentOf = segments(cacheBits);
        int alphabet = segmentOf.length;

        int[] assignment = new int[blocks];
        double[][] costs = new double[maxGroups][];
        double[] blockCost = new double[blocks];
        costs[0] = costTable(centroid(sparse, assignment, 0, alphabet), segmentOf);
        for (int b = 0; b < blocks; b++) {
            blockCost[b] = cost(sparse[b], costs[0]);
        }
        double[] selfCost = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            selfCost[b] = cost(sparse[b], costTable(histogramOf(sparse[b], alphabet), segmentOf));
        }
        double single = total(sparse, assignment, 1, alphabet, segmentOf);
        int groups = 1;
        while (groups < Math.min(maxGroups, blocks)) {
            // the block that its group codes worst compared with its own statistics
            int farthest = 0;
            for (int b = 1; b < blocks; b++) {
                if (blockCost[b] - selfCost[b] > blockCost[farthest] - selfCost[farthest]) {
                    farthest = b;
                }
            }
            if (blockCost[farthest] - selfCost[farthest] <= 0) {
                break;
            }
            costs[groups] = costTable(histogramOf(sparse[farthest], alphabet), segmentOf);
            reassign(sparse, costs, groups, groups + 1, assignment, blockCost);
            groups++;
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (int g = 0; g < groups; g++) {
                costs[g] = costTable(centroid(sparse, assignment, g, alphabet), segmentOf);
            }
            Arrays.fill(blockCost, Double.MAX_VALUE);
            reassign(sparse, costs, 0, groups, assignment, blockCost);
        }
        groups = compact(assignment, groups);
        double clustered = total(sparse, assignment, groups, alphabet, segmentOf)
                + (groups - 1) * GROUP_OVERHEAD_BITS + blocks * Math.log(groups) / Math.log(2);
        if (groups < 2 || clustered >= single) {
            return new Result(bits, bw, bh, new int[blocks], 1);
        }
        return new Result(bits, bw, bh, assignment, groups);
    }

    private static int blocks(int side, int bits) {
        return (side + (1 << bits) - 1) >> bits;
    }

    /** Moves each block to the cheapest of groups [from, to) if cheaper than its current cost. */
    private static void reassign(int[][] sparse, double[][] costs, int from, int to, int[] assignment,
            double[] blockCost) {
        for (int b = 0; b < sparse.length; b++) {
            for (int g = from; g < to; g++) {
                double c = cost(sparse[b], costs[g]);
                if (c < blockCost[b]) {
                    blockCost[b] = c;
                    assignment[b] = g;
                }
            }
        }
    }

    /** Per block, the used symbols of all five alphabets flattened: symbol, count, symbol, count... */
    private static int[][] sparse(int[][][] histograms) {
        int[][] out = new int[histograms.length][];
        int[] buffer = new int[0];
        for (int b = 0; b < histograms.length; b++) {
            int n = 0;
            int offset = 0;
            for (int[] h : histograms[b]) {
                if (buffer.length < 2 * (offset + h.length)) {
                    buffer = Arrays.copyOf(buffer, 2 * (offset + h.length));
                }
                for (int s = 0; s < h.length; s++) {
                    if (h[s] > 0) {
                        buffer[n++] = offset + s;
                        buffer[n++] = h[s];
                    }
                }
                offset += h.length;
            }
            out[b] = Arrays.copyOf(buffer, n);
        }
        return out;
    }

    /** For each flattened symbol, which of the five alphabets it belongs to. */
    private static int[] segments(int cacheBits) {
        int[] sizes = {Histograms.greenAlphabet(cacheBits), 256, 256, 256, Histograms.DISTANCE_CODES};
        int[] segmentOf = new int[Arrays.stream(sizes).sum()];
        int at = 0;
        for (int k = 0; k < sizes.length; k++) {
            Arrays.fill(segmentOf, at, at + sizes[k], k);
            at += sizes[k];
        }
        return segmentOf;
    }

    private static long[] centroid(int[][] sparse, int[] assignment, int group, int alphabet) {
        long[] h = new long[alphabet];
        for (int b = 0; b < sparse.length; b++) {
            if (assignment[b] == group) {
                add(h, sparse[b]);
            }
        }
        return h;
    }

    private static long[] histogramOf(int[] block, int alphabet) {
        long[] h = new long[alphabet];
        add(h, block);
        return h;
    }

    private static void add(long[] h, int[] block) {
        for (int i = 0; i < block.length; i += 2) {
            h[block[i]] += block[i + 1];
        }
    }

    /** Bits per symbol under a histogram, smoothed so that unseen symbols cost much but finitely. */
    private static double[] costTable(long[] h, int[] segmentOf) {
        double[] totals = new double[5];
        for (int s = 0; s < h.length; s++) {
            totals[segmentOf[s]] += h[s] + SMOOTHING;
        }
        double[] cost = new double[h.length];
        for (int s = 0; s < h.length; s++) {
            cost[s] = Math.log(totals[segmentOf[s]] / (h[s] + SMOOTHING)) / Math.log(2);
        }
        return cost;
    }

    private static double cost(int[] block, double[] table) {
        double c = 0;
        for (int i = 0; i < block.length; i += 2) {
            c += block[i + 1] * table[block[i]];
        }
        return c;
    }

    /** Shannon bits of the groups' symbols plus nothing else. */
    private static double total(int[][] sparse, int[] assignment, int groups, int alphabet, int[] segmentOf) {
        double bits = 0;
        for (int g = 0; g < groups; g++) {
            long[] h = centroid(sparse, assignment, g, alphabet);
            long[] totals = new long[5];
            for (int s = 0; s < alphabet; s++) {
                totals[segmentOf[s]] += h[s];
            }
            for (int s = 0; s < alphabet; s++) {
                if (h[s] > 0) {
                    bits += h[s] * Math.log((double) totals[segmentOf[s]] / h[s]);
                }
            }
        }
        return bits / Math.log(2);
    }

    /** Renumbers the non-empty groups 0..n-1 and returns n. */
    private static int compact(int[] assignment, int groups) {
        int[] renumber = new int[groups];
        Arrays.fill(renumber, -1);
        int n = 0;
        for (int b = 0; b < assignment.length; b++) {
            int g = assignment[b];
            if (renumber[g] < 0) {
                renumber[g] = n++;
            }
            assignment[b] = renumber[g];
        }
        return n;
    }
}
