package dev.cutout.gateway.rest;

/**
 * Finds a fixed byte string in a byte array in linear time (Knuth–Morris–Pratt): O(haystack + needle) whatever
 * the bytes, so a hostile body cannot make the multipart parser quadratic (the naive scan took 6 s for a
 * 4 MB body of dashes and a 4000-byte boundary).
 */
final class ByteSearch {

    private final byte[] needle;
    /** {@code fallback[i]}: length of the longest proper border of {@code needle[0..i]}. */
    private final int[] fallback;

    ByteSearch(byte[] needle) {
        if (needle.length == 0) {
            throw new IllegalArgumentException("nothing to search for");
        }
        this.needle = needle.clone();
        this.fallback = new int[needle.length];
        for (int i = 1, k = 0; i < needle.length; i++) {
            while (k > 0 && needle[i] != needle[k]) {
                k = fallback[k - 1];
            }
            if (needle[i] == needle[k]) {
                k++;
            }
            fallback[i] = k;
        }
    }

    int length() {
        return needle.length;
    }

    /** First index of the needle in {@code haystack} at or after {@code from}, or -1. */
    int in(byte[] haystack, int from) {
        for (int i = Math.max(0, from), matched = 0; i < haystack.length; i++) {
            while (matched > 0 && haystack[i] != needle[matched]) {
                matched = fallback[matched - 1];
            }
            if (haystack[i] == needle[matched]) {
                matched++;
            }
            if (matched == needle.length) {
                return i - needle.length + 1;
            }
        }
        return -1;
    }
}
