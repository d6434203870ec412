package dev.cutout.image;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds where two byte rows stop being all zero, eight bytes per step.
 *
 * <p>Cut-outs are mostly fully transparent pixels stored as zeros; skipping them is where most of
 * the filtering time goes away.
 */
final class ZeroSpan {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private ZeroSpan() {
    }

    /** The first index below {@code length} where {@code a} or {@code b} is non-zero, else {@code length}. */
    static int firstNonZero(byte[] a, byte[] b, int length) {
        int i = 0;
        for (; i + Long.BYTES <= length; i += Long.BYTES) {
            if (((long) LONGS.get(a, i) | (long) LONGS.get(b, i)) != 0) {
                break;
            }
        }
        for (; i < length; i++) {
            if ((a[i] | b[i]) != 0) {
                return i;
            }
        }
        return length;
    }

    /** The last index below {@code length} where {@code a} or {@code b} is non-zero, else -1. */
    static int lastNonZero(byte[] a, byte[] b, int length) {
        int i = length;
        for (; i - Long.BYTES >= 0; i -= Long.BYTES) {
            if (((long) LONGS.get(a, i - Long.BYTES) | (long) LONGS.get(b, i - Long.BYTES)) != 0) {
                break;
            }
        }
        for (i--; i >= 0; i--) {
            if ((a[i] | b[i]) != 0) {
                return i;
            }
        }
        return -1;
    }
}
