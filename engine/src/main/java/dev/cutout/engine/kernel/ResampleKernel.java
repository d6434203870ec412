package dev.cutout.engine.kernel;

/**
 * Reconstruction filters for resampling the foreground, as functions of the distance in source
 * pixels at unit scale; {@link KernelAxis} stretches them by the factor when shrinking.
 */
public enum ResampleKernel {

    /**
     * Mitchell–Netravali cubic with B = C = 1/3, the authors' recommended balance of blur, ringing
     * and anisotropy; support 2.
     */
    MITCHELL(2.0) {
        @Override
        public double weight(double x) {
            double t = Math.abs(x);
            if (t < 1) {
                return ((12 - 9 * B - 6 * C) * t * t * t + (-18 + 12 * B + 6 * C) * t * t + (6 - 2 * B)) / 6;
            }
            if (t < 2) {
                return ((-B - 6 * C) * t * t * t + (6 * B + 30 * C) * t * t + (-12 * B - 48 * C) * t + (8 * B + 24 * C)) / 6;
            }
            return 0;
        }
    },

    /** Lanczos with three lobes: sharper than Mitchell, with more ringing at hard edges; support 3. */
    LANCZOS3(3.0) {
        @Override
        public double weight(double x) {
            double t = Math.abs(x);
            if (t < 1e-9) {
                return 1;
            }
            if (t >= 3) {
                return 0;
            }
            double px = Math.PI * t;
            return 3 * Math.sin(px) * Math.sin(px / 3) / (px * px);
        }
    };

    private static final double B = 1.0 / 3;
    private static final double C = 1.0 / 3;

    private final double support;

    ResampleKernel(double support) {
        this.support = support;
    }

    /** Half-width at unit scale: the weight is 0 at and beyond it. */
    public double support() {
        return support;
    }

    /** The filter's value at distance {@code x} (source pixels at unit scale). */
    public abstract double weight(double x);
}
