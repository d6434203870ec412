package dev.cutout.image.webp;

/**
 * Writes one entropy-coded image (the main image or a transform's sub-image): colour cache header,
 * one group of five prefix codes, then the symbols.
 */
final class ImageCoder {

    private final Vp8lSettings settings;

    ImageCoder(Vp8lSettings settings) {
        this.settings = settings;
    }

    /** @param main whether this is the main image (which carries the meta prefix code bit) */
    void write(BitWriter out, int[] pixels, int width, boolean main) {
        TokenStream tokens = settings.backwardReferences()
                ? new BackwardReferences(settings.chainLength()).find(pixels, width)
                : TokenStream.literals(pixels);
        int[] hits = new int[tokens.count()];
        int cacheBits = settings.colourCache() ? ColourCache.bestBits(tokens, pixels, hits) : 0;
        if (!settings.colourCache()) {
            ColourCache.lookups(tokens, pixels, 0, hits);
        }
        if (cacheBits > 0) {
            out.write(1, 1);
            out.write(cacheBits, 4);
        } else {
            out.write(0, 1);
        }
        if (main) {
            out.write(0, 1); // one prefix code group for the whole image: no entropy image
        }
        int[][] histograms = Histograms.of(tokens, hits, cacheBits);
        PrefixCode[] codes = new PrefixCode[histograms.length];
        for (int k = 0; k < histograms.length; k++) {
            codes[k] = PrefixCodeWriter.write(out, histograms[k]);
        }
        writeSymbols(out, tokens, hits, codes);
    }

    private static void writeSymbols(BitWriter out, TokenStream tokens, int[] hits, PrefixCode[] codes) {
        PrefixCode green = codes[Histograms.GREEN];
        PrefixCode red = codes[Histograms.RED];
        PrefixCode blue = codes[Histograms.BLUE];
        PrefixCode alpha = codes[Histograms.ALPHA];
        PrefixCode distance = codes[Histograms.DISTANCE];
        for (int t = 0; t < tokens.count(); t++) {
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
                red.write(out, (v >>> 16) & 0xFF);
                blue.write(out, v & 0xFF);
                alpha.write(out, v >>> 24);
            }
        }
    }
}
