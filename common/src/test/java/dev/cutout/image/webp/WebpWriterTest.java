package dev.cutout.image.webp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cutout.contract.ErrorCode;
import dev.cutout.image.ImageException;
import dev.cutout.image.PngWriter;
import dev.cutout.image.RgbaImage;
import dev.cutout.image.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WebpWriterTest {

    private static final Map<String, Vp8lSettings> SETTINGS = Map.of(
            "literals only", Vp8lSettings.LITERALS_ONLY,
            "subtract green", new Vp8lSettings(true, false, 4, false, 5, false, 0, false, 1),
            "predictor", new Vp8lSettings(false, true, 2, false, 5, false, 0, false, 1),
            "cross colour", new Vp8lSettings(false, false, 4, true, 2, false, 0, false, 1),
            "backward references", new Vp8lSettings(false, false, 4, false, 5, true, 8, false, 1),
            "colour cache", new Vp8lSettings(false, false, 4, false, 5, false, 0, true, 1),
            "entropy image", new Vp8lSettings(false, false, 4, false, 5, false, 0, false, 8),
            "default", Vp8lSettings.DEFAULT);

    static List<Arguments> shapes() {
        List<RgbaImage> images = List.of(
                WebpImages.noise(1, 1, 1),
                WebpImages.noise(1, 37, 2),
                WebpImages.noise(41, 1, 3),
                WebpImages.noise(33, 17, 4),
                WebpImages.allTransparent(23, 19),
                WebpImages.opaquePhotoLike(61, 47, 5),
                WebpImages.softDiscWithHiddenRgb(97, 83, 6),
                WebpImages.softDiscWithHiddenRgb(2, 2, 7),
                WebpImages.softDiscWithHiddenRgb(9, 300, 8),
                WebpImages.twoHalves(200, 160, 13));
        List<Arguments> cases = new ArrayList<>();
        SETTINGS.forEach((name, settings) -> images.forEach(image ->
                cases.add(Arguments.of(name, image.width() + "x" + image.height(), settings, image))));
        return cases;
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("shapes")
    void twelveMonkeysDecodesEveryArgbValueBitForBit(String tools, String size, Vp8lSettings settings, RgbaImage image)
            throws Exception {
        byte[] webp = new WebpWriter(settings).rgba(image);

        assertThat(WebpDecoding.twelveMonkeys(webp)).containsExactly(image.argb());
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("shapes")
    void dwebpDecodesEveryArgbValueBitForBit(String tools, String size, Vp8lSettings settings, RgbaImage image)
            throws Exception {
        assumeTrue(WebpDecoding.dwebpAvailable(), "dwebp not installed");
        byte[] webp = new WebpWriter(settings).rgba(image);

        assertThat(WebpDecoding.dwebp(webp)).containsExactly(image.argb());
    }

    @Test
    void twelveMonkeysReadsEvenTheTiniestFiles() throws Exception {
        for (int w = 1; w <= 12; w++) {
            for (int h = 1; h <= 3; h++) {
                for (RgbaImage image : List.of(WebpImages.allTransparent(w, h), WebpImages.noise(w, h, w * 7 + h))) {
                    for (Vp8lSettings settings : SETTINGS.values()) {
                        byte[] webp = new WebpWriter(settings).rgba(image);
                        assertThat(WebpDecoding.twelveMonkeys(webp)).as("%dx%d %s", w, h, settings)
                                .containsExactly(image.argb());
                    }
                }
            }
        }
    }

    @Test
    void reEncodesTheLosslessFixturesToTheSamePixels() throws Exception {
        for (String name : List.of("half-transparent.webp", "quadrants-lossless.webp")) {
            int[] original = WebpDecoding.twelveMonkeys(TestImages.resource(name));
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(TestImages.resource(name)));
            RgbaImage image = new RgbaImage(decoded.getWidth(), decoded.getHeight(), original, true);

            byte[] webp = new WebpWriter().rgba(image);

            assertThat(WebpDecoding.twelveMonkeys(webp)).as(name).containsExactly(original);
        }
    }

    @Test
    void roundTripsAPhotoSizedCutoutThroughBothDecoders() throws Exception {
        RgbaImage image = WebpImages.softDiscWithHiddenRgb(1501, 999, 14);

        byte[] webp = new WebpWriter().rgba(image);

        assertSamePixels(WebpDecoding.twelveMonkeys(webp), image.argb());
        if (WebpDecoding.dwebpAvailable()) {
            assertSamePixels(WebpDecoding.dwebp(webp), image.argb());
        }
    }

    @Test
    void leavesTheCallersPixelsUntouched() {
        RgbaImage image = WebpImages.softDiscWithHiddenRgb(50, 40, 9);
        int[] before = image.argb().clone();

        new WebpWriter().rgba(image);

        assertThat(image.argb()).containsExactly(before);
    }

    @Test
    void writesASimpleLosslessRiffFileWithConsistentChunkSizes() {
        byte[] webp = new WebpWriter().rgba(WebpImages.softDiscWithHiddenRgb(30, 20, 10));
        ByteBuffer le = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(new String(webp, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(le.getInt(4)).isEqualTo(webp.length - 8);
        assertThat(new String(webp, 8, 8, StandardCharsets.US_ASCII)).isEqualTo("WEBPVP8L");
        assertThat(le.getInt(16)).isBetween(webp.length - 21, webp.length - 20);
        assertThat(webp[20]).isEqualTo((byte) 0x2F);
        assertThat(webp.length % 2).isZero();
    }

    @Test
    void refusesAnImageWiderThan16384PixelsAsTooManyPixels() {
        RgbaImage wide = WebpImages.allTransparent(WebpWriter.MAX_SIDE + 1, 1);

        assertThatThrownBy(() -> new WebpWriter().rgba(wide))
                .isInstanceOfSatisfying(ImageException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_PIXELS))
                .hasMessageContaining("16384").hasMessageContaining("16385x1");
    }

    @Test
    void refusesAnImageTallerThan16384Pixels() {
        RgbaImage tall = WebpImages.allTransparent(1, WebpWriter.MAX_SIDE + 1);

        assertThatThrownBy(() -> new WebpWriter().rgba(tall)).isInstanceOf(ImageException.class);
    }

    @Test
    void encodesAnImageExactly16384PixelsWide() throws Exception {
        RgbaImage widest = WebpImages.noise(WebpWriter.MAX_SIDE, 2, 11);

        assertSamePixels(WebpDecoding.twelveMonkeys(new WebpWriter().rgba(widest)), widest.argb());
    }

    @Test
    void aSoftCutoutComesOutClearlySmallerThanOurPng() {
        RgbaImage cutout = WebpImages.softDiscWithHiddenRgb(400, 300, 12);

        int webp = new WebpWriter().rgba(cutout).length;
        int png = new PngWriter().rgba(cutout).length;

        assertThat((double) webp / png).isLessThan(0.8);
    }

    /** AssertJ's containsExactly diffs in quadratic time: too slow for megapixels. */
    private static void assertSamePixels(int[] decoded, int[] expected) {
        assertThat(decoded).hasSameSizeAs(expected);
        int at = Arrays.mismatch(decoded, expected);
        assertThat(at).as("first differing pixel %d: %08x instead of %08x", at,
                at < 0 ? 0 : decoded[at], at < 0 ? 0 : expected[at]).isEqualTo(-1);
    }
}
