package dev.cutout.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HalfFloatsTest {

    @Test
    void widensNormalsSubnormalsZerosAndSpecialsExactly() {
        assertThat(HalfFloats.toFloat(0x3c00)).isEqualTo(1.0f);
        assertThat(HalfFloats.toFloat(0xc000)).isEqualTo(-2.0f);
        assertThat(HalfFloats.toFloat(0x3555)).isEqualTo(0.33325195f);
        assertThat(HalfFloats.toFloat(0x7bff)).as("largest half").isEqualTo(65504f);
        assertThat(HalfFloats.toFloat(0x0400)).as("smallest normal").isEqualTo(0x1p-14f);
        assertThat(HalfFloats.toFloat(0x0001)).as("smallest subnormal").isEqualTo(0x1p-24f);
        assertThat(HalfFloats.toFloat(0x83ff)).as("largest negative subnormal").isEqualTo(-1023 * 0x1p-24f);
        assertThat(Float.floatToRawIntBits(HalfFloats.toFloat(0x8000))).as("negative zero").isEqualTo(0x80000000);
        assertThat(HalfFloats.toFloat(0x7c00)).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(HalfFloats.toFloat(0xfc00)).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(HalfFloats.toFloat(0x7e00)).isNaN();
    }

    @Test
    void everyHalfRoundTripsThroughItsFloat() {
        for (int bits = 0; bits < 0x10000; bits++) {
            float value = HalfFloats.toFloat(bits);
            if (!Float.isNaN(value)) {
                assertThat(halfOf(value)).as("half 0x%04x", bits).isEqualTo(bits);
            }
        }
    }

    /** The half with exactly this value (only called with widened halves, so no rounding is needed). */
    private static int halfOf(float value) {
        int bits = Float.floatToRawIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        int exponent = ((bits >>> 23) & 0xff) - 127 + 15;
        if (Float.isInfinite(value)) {
            return sign | 0x7c00;
        }
        if (exponent <= 0) {
            return sign | (int) (Math.abs(value) / 0x1p-24f);
        }
        return sign | exponent << 10 | (bits >>> 13) & 0x3ff;
    }
}
