package dev.cutout.engine.pipeline.layout;

import dev.cutout.engine.kernel.KernelAxis;
import dev.cutout.engine.kernel.ResampleKernel;
import dev.cutout.image.RgbaImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

import static dev.cutout.engine.pipeline.layout.Cutouts.alpha;
import static dev.cutout.engine.pipeline.layout.Cutouts.blue;
import static dev.cutout.engine.pipeline.layout.Cutouts.green;
import static dev.cutout.engine.pipeline.layout.Cutouts.red;
import static org.assertj.core.api.Assertions.assertThat;

class PremultipliedResamplerTest {

    private static final int BLACK = 0x000000;
    private static final int PURE_GREEN = 0x00FF00;
    /** Levels an edge pixel of a white subject may fall short of white (float rounding only). */
    private static final int WHITE_TOLERANCE = 3;

    private final PremultipliedResampler resampler = new PremultipliedResampler();

    static Stream<Arguments> fringeCases() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (ResampleKernel kernel : ResampleKernel.values()) {
            for (int field : new int[] {BLACK, PURE_GREEN}) {
                for (double scale : new double[] {0.37, 2.6}) {
                    for (double edge : new double[] {1, 3}) {
                        cases.add(Arguments.of(kernel, field, scale, edge));
                    }
                }
            }
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0}, field {1}, x{2}, edge {3} px")
    @MethodSource("fringeCases")
    void keepsTheEdgeOfAWhiteDiscWhiteWhateverTheHiddenRgbOfTheTransparentField(ResampleKernel kernel, int field,
                                                                               double scale, double edge) {
        RgbaImage disc = Cutouts.whiteDisc(120, 40, edge, field);
        RgbaImage out = scaled(disc, kernel, scale);

        int visible = 0;
        for (int p : out.argb()) {
            if (alpha(p) > 0) {
                visible++;
                assertThat(Math.min(red(p), Math.min(green(p), blue(p))))
                        .as("RGB of %08X", p).isGreaterThanOrEqualTo(255 - WHITE_TOLERANCE);
            } else {
                assertThat(p).as("a transparent pixel has RGB 0").isZero();
            }
        }
        assertThat(visible).isGreaterThan(out.argb().length / 4);
    }

    @ParameterizedTest(name = "field {0}")
    @MethodSource("hiddenFields")
    void filteringStraightColoursInsteadWouldDarkenOrTintTheEdge(int field) {
        // The naive way: RGB and alpha filtered on their own. It mixes the field's hidden RGB into every
        // edge pixel, which is what premultiplying prevents (the test above, same disc, same filter).
        RgbaImage disc = Cutouts.whiteDisc(120, 40, 2, field);
        RgbaImage out = naive(disc, ResampleKernel.LANCZOS3, 0.37);
        int worst = 255;
        for (int p : out.argb()) {
            if (alpha(p) > 0) {
                worst = Math.min(worst, field == BLACK ? red(p) : blue(p));
            }
        }
        assertThat(worst).as("the naive filter's worst edge channel").isLessThan(160);
    }

    static Stream<Integer> hiddenFields() {
        return Stream.of(BLACK, PURE_GREEN);
    }

    @ParameterizedTest
    @EnumSource(ResampleKernel.class)
    void clampsColourRingingInsteadOfWrappingIt(ResampleKernel kernel) {
        // A four-pixel white bar on opaque black rings above 255 on the bar and below 0 beside it.
        RgbaImage line = Cutouts.of(40, 8, (x, y) -> x >= 18 && x < 22 ? 0xFFFFFFFF : 0xFF000000);
        double[][] reference = referenceRow(line, kernel, 2.6);
        assertThat(max(reference[0])).as("ringing above white in the unclamped filter").isGreaterThan(255.5);
        assertThat(min(reference[0])).as("ringing below black").isLessThan(-0.5);

        RgbaImage out = scaled(line, kernel, 2.6);
        assertMatchesClampedReference(out, reference);
    }

    @ParameterizedTest
    @EnumSource(ResampleKernel.class)
    void neverMakesAColourBrighterThanItsAlphaAllows(ResampleKernel kernel) {
        // Half-transparent white beside opaque black: the premultiplied colour overshoots on the white side
        // while alpha undershoots there, i.e. r·a > a, which unclamped would divide out to more than 255.
        RgbaImage edge = Cutouts.of(40, 8, (x, y) -> x < 20 ? 128 << 24 | 0xFFFFFF : 0xFF000000);
        double[][] reference = referenceRow(edge, kernel, 2.6);
        boolean overshoots = false;
        for (int x = 0; x < reference[0].length; x++) {
            overshoots |= reference[0][x] > reference[3][x] + 0.5;
        }
        assertThat(overshoots).as("the unclamped premultiplied red exceeds alpha somewhere").isTrue();

        RgbaImage out = scaled(edge, kernel, 2.6);
        assertMatchesClampedReference(out, reference);
    }

    @ParameterizedTest
    @EnumSource(ResampleKernel.class)
    void clampsAlphaRingingAtAHardEdgeAndClearsWhatRingsBelowZero(ResampleKernel kernel) {
        RgbaImage square = Cutouts.rectangle(40, 8, 10, 0, 30, 8, 0xFFFFFF);
        double[][] reference = referenceRow(square, kernel, 2.6);
        assertThat(max(reference[3])).isGreaterThan(255.5);
        assertThat(min(reference[3])).isLessThan(-0.5);

        RgbaImage out = scaled(square, kernel, 2.6);
        assertMatchesClampedReference(out, reference);
        for (int p : out.argb()) {
            assertThat(p == 0 || (p & 0xFFFFFF) == 0xFFFFFF).as("%08X is white or empty", p).isTrue();
        }
    }

    private RgbaImage scaled(RgbaImage src, ResampleKernel kernel, double scale) {
        int w = (int) Math.round(src.width() * scale);
        int h = (int) Math.round(src.height() * scale);
        return resampler.resample(src, KernelAxis.of(kernel, src.width(), w, 0, scale),
                KernelAxis.of(kernel, src.height(), h, 0, scale));
    }

    /** RGB of an opaque copy and alpha of a grey one, each resampled alone, then joined. */
    private RgbaImage naive(RgbaImage src, ResampleKernel kernel, double scale) {
        int[] rgb = src.argb().clone();
        int[] grey = src.argb().clone();
        for (int i = 0; i < rgb.length; i++) {
            int a = src.argb()[i] >>> 24;
            rgb[i] |= 0xFF000000;
            grey[i] = 0xFF000000 | a << 16 | a << 8 | a;
        }
        RgbaImage colour = scaled(new RgbaImage(src.width(), src.height(), rgb, true), kernel, scale);
        RgbaImage alpha = scaled(new RgbaImage(src.width(), src.height(), grey, true), kernel, scale);
        int[] out = new int[colour.argb().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = red(alpha.argb()[i]) << 24 | (colour.argb()[i] & 0xFFFFFF);
        }
        return new RgbaImage(colour.width(), colour.height(), out, true);
    }

    /**
     * The horizontal filter of a source whose rows are all alike, unclamped, in premultiplied r, g, b, a
     * (rows 0..3): what every output row must be before clamping, since the vertical weights sum to 1.
     */
    private static double[][] referenceRow(RgbaImage src, ResampleKernel kernel, double scale) {
        int w = (int) Math.round(src.width() * scale);
        KernelAxis axis = KernelAxis.of(kernel, src.width(), w, 0, scale);
        double[][] out = new double[4][w];
        for (int x = 0; x < w; x++) {
            for (int k = 0; k < axis.count[x]; k++) {
                int p = src.argb()[axis.start[x] + k];
                double weight = axis.weights[x * axis.taps + k];
                double a = alpha(p);
                out[0][x] += weight * red(p) * a / 255;
                out[1][x] += weight * green(p) * a / 255;
                out[2][x] += weight * blue(p) * a / 255;
                out[3][x] += weight * a;
            }
        }
        return out;
    }

    /** Every row of {@code out} is the reference with alpha clamped to 0..255 and colours to 0..alpha. */
    private static void assertMatchesClampedReference(RgbaImage out, double[][] reference) {
        for (int y = 0; y < out.height(); y++) {
            for (int x = 0; x < out.width(); x++) {
                int p = out.argb()[y * out.width() + x];
                double a = Math.min(255, reference[3][x]);
                if (a < 0.5) {
                    assertThat(p).as("x %d: alpha rings to %.2f", x, a).isZero();
                    continue;
                }
                assertThat(alpha(p)).as("alpha at x %d", x).isCloseTo((int) Math.round(a), org.assertj.core.data.Offset.offset(1));
                int[] channels = {red(p), green(p), blue(p)};
                for (int c = 0; c < 3; c++) {
                    double straight = 255 * Math.max(0, Math.min(a, reference[c][x])) / a;
                    assertThat(channels[c]).as("channel %d at x %d, unclamped %.2f of alpha %.2f", c, x, reference[c][x], a)
                            .isCloseTo((int) Math.round(straight), org.assertj.core.data.Offset.offset(1));
                }
            }
        }
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) {
            m = Math.min(m, d);
        }
        return m;
    }
}
