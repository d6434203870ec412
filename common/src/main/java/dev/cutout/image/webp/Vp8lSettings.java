package dev.cutout.image.webp;

/**
 * Which VP8L tools the encoder uses; all on by default, switchable so that each can be tested alone.
 *
 * @param predictorBits log2 of the predictor block size (2..9)
 * @param crossColourBits log2 of the colour transform's block size (2..9)
 * @param chainLength hash-chain candidates tried per pixel by the LZ77 search
 */
record Vp8lSettings(boolean subtractGreen, boolean predictor, int predictorBits, boolean crossColour,
        int crossColourBits, boolean backwardReferences, int chainLength, boolean colourCache, int maxGroups) {

    static final Vp8lSettings DEFAULT = new Vp8lSettings(true, true, 3, true, 5, true, 8, true, 32);
    static final Vp8lSettings LITERALS_ONLY = new Vp8lSettings(false, false, 4, false, 5, false, 0, false, 1);

    Vp8lSettings {
        if (predictorBits < 2 || predictorBits > 9) {
            throw new IllegalArgumentException("predictor bits must be 2..9, got " + predictorBits);
        }
        if (maxGroups < 1) {
            throw new IllegalArgumentException("max groups must be at least 1, got " + maxGroups);
        }
        if (crossColourBits < 2 || crossColourBits > 9) {
            throw new IllegalArgumentException("colour transform bits must be 2..9, got " + crossColourBits);
        }
    }
}
