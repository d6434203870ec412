package dev.cutout.image.webp;

/**
 * Writes one entropy-coded image (the main image or a transform's sub-image): colour cache header,
 * for the main image the entropy image, then per group five prefix codes, then the symbols.
 */
final class ImageCoder {

    private final Vp8lSettings settings;

    ImageCoder(Vp8lSettings settings) {
        this.settings = settings;
    }

    /** @param main whether this is the main image (which carries the meta prefix code bit) */
    void write(BitWriter out, int[] pixels, int width, int height, boolean main) {
        TokenStream tokens = settings.backwardReferences()
                ? new BackwardReferences(settings.chainLength()).find(pixels, width)
                : TokenStream.literals(pixels);
        int[] hits = new int[tokens.count()];
        int cacheBits = 0;
        if (settings.colourCache()) {
            cacheBits = ColourCache.bestBits(tokens, pixels, hits);
        } else {
            ColourCache.lookups(tokens, pixels, 0, hits);
        }
        if (cacheBits > 0) {
            out.write(1, 1);
            out.write(cacheBits, 4);
        } else {
            out.write(0, 1);
        }
        int groups = 1;
        int[] tokenGroups = null;
        if (main) {
            EntropyImage.Result entropy = settings.maxGroups() > 1
                    ? new EntropyImage(settings.maxGroups()).cluster(tokens, hits, cacheBits, width, height)
                    : EntropyImage.Result.single();
            writeEntropyImage(out, entropy);
            groups = entropy.groups();
            tokenGroups = groups > 1 ? entropy.tokenGroups(tokens, width) : null;
        }
        int[][][] histograms = Histograms.perGroup(tokens, hits, cacheBits, tokenGroups, groups);
        PrefixCode[][] codes = new PrefixCode[groups][Histograms.DISTANCE + 1];
        for (int g = 0; g < groups; g++) {
            for (int k = 0; k <= Histograms.DISTANCE; k++) {
                codes[g][k] = PrefixCodeWriter.write(out, histograms[g][k]);
            }
        }
        writeSymbols(out, tokens, hits, codes, tokenGroups);
    }

    /** The meta prefix bit, and when there are several groups the entropy image as a sub-image. */
    private void writeEntropyImage(BitWriter out, EntropyImage.Result entropy) {
        if (entropy.groups() == 1) {
            out.write(0, 1);
            return;
        }
        out.write(1, 1);
        out.write(entropy.bits() - 2, 3);
        write(out, entropy.asPixels(), entropy.blocksWide(), entropy.blocksHigh(), false);
    }

    private static void writeSymbols(BitWriter out, TokenStream tokens, int[] hits, PrefixCode[][] groupCodes,
            int[] tokenGroups) {
        for (int t = 0; t < tokens.count(); t++) {
            PrefixCode[] codes = groupCodes[tokenGroups == null ? 0 : tokenGroups[t]];
            PrefixCode green = codes[Histograms.GREEN];
            PrefixCode distance = codes[Histograms.DISTANCE];
            int v = tokens.value(t);
            if (tokens.isCopy(t)) {
                green.write(out, 256 + PrefixValue.symbol(v));
                out.write(PrefixValue.extraBits(v), PrefixValue.extraBitCount(v));
                int d = tokens.distanceCode(t);
                distance.write(out, PrefixValue.symbol(d));
                out.write(PrefixValue.extraBits(d), PrefixValue.extraBitCount(d));
            } else if (hits[t] >= 0) {
                green.write(out, 256 + Histograms.LENGTH_CODES + hits[t]);
            } else {
                green.write(out, (v >>> 8) & 0xFF);
                codes[Histograms.RED].write(out, (v >>> 16) & 0xFF);
                codes[Histograms.BLUE].write(out, v & 0xFF);
                codes[Histograms.ALPHA].write(out, v >>> 24);
            }
        }
    }
}
