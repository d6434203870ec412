package dev.cutout.image.webp;

import java.util.Arrays;

/**
 * The symbols of an image in coding order, before the colour cache: literal pixels and backward
 * copies, as two parallel int arrays (no per-token objects).
 */
final class TokenStream {

    /** For a literal its ARGB, for a copy its length in pixels. */
    private int[] value;
    /** 0 for a literal, else the copy's VP8L distance code (≥ 1). */
    private int[] distanceCode;
    private int count;

    TokenStream(int expected) {
        value = new int[Math.max(16, expected)];
        distanceCode = new int[value.length];
    }

    /** Every pixel a literal. */
    static TokenStream literals(int[] pixels) {
        TokenStream tokens = new TokenStream(pixels.length);
        System.arraycopy(pixels, 0, tokens.value, 0, pixels.length);
        tokens.count = pixels.length;
        return tokens;
    }

    void literal(int argb) {
        add(argb, 0);
    }

    void copy(int length, int code) {
        add(length, code);
    }

    int count() {
        return count;
    }

    boolean isCopy(int token) {
        return distanceCode[token] != 0;
    }

    int value(int token) {
        return value[token];
    }

    int distanceCode(int token) {
        return distanceCode[token];
    }

    private void add(int v, int code) {
        if (count == value.length) {
            value = Arrays.copyOf(value, count * 2);
            distanceCode = Arrays.copyOf(distanceCode, count * 2);
        }
        value[count] = v;
        distanceCode[count++] = code;
    }
}
