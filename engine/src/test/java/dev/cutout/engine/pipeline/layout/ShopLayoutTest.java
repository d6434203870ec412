package dev.cutout.engine.pipeline.layout;

import dev.cutout.contract.Margin;
import dev.cutout.contract.Canvas;
import dev.cutout.contract.Alignment;
import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.InvalidOptionsException;
import dev.cutout.engine.pipeline.compose.Composite;
import dev.cutout.image.ImageException;
import dev.cutout.image.RgbaImage;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.cutout.engine.pipeline.layout.Cutouts.alpha;
import static dev.cutout.engine.pipeline.layout.Cutouts.blue;
import static dev.cutout.engine.pipeline.layout.Cutouts.green;
import static dev.cutout.engine.pipeline.layout.Cutouts.red;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ShopLayoutTest {

    private static final int HALF = 128;

    private final ShopLayout layout = new ShopLayout();

    /** Noisy colours with a soft-edged opaque rectangle [30, 130) x [40, 90) in a 200 x 150 photo. */
    private static RgbaImage product() {
        return Cutouts.noisy(200, 150, (x, y) -> {
            int inside = Math.min(Math.min(x - 30, 129 - x), Math.min(y - 40, 89 - y));
            return inside < 0 ? (x + y) % 9 : Math.min(255, 60 + 60 * inside);
        });
    }

    @Test
    void cropCopiesEveryPixelBitForBit() {
        RgbaImage photo = product();
        RgbaImage out = layout.apply(photo, LayoutOptions.crop(Margin.pixels(7)));
        assertThat(out.width()).isEqualTo(114);
        assertThat(out.height()).isEqualTo(64);
        assertWindow(out, photo, 30 - 7, 40 - 7);
    }

    @Test
    void marginBeyondThePhotoIsTransparent() {
        // The subject touches the top-left corner: the margin there lies outside the photo.
        RgbaImage photo = Cutouts.noisy(60, 50, (x, y) -> x < 20 && y < 10 ? 255 : 0);
        RgbaImage out = layout.apply(photo, LayoutOptions.crop(Margin.percent(50)));
        assertThat(out.width()).isEqualTo(40);
        assertThat(out.height()).isEqualTo(30);
        assertWindow(out, photo, -10, -10);
        assertThat(out.argb()[0]).isZero();
        assertThat(out.argb()[10 * 40 + 10]).isEqualTo(photo.argb()[0]);
    }

    @Test
    void centresTheScaledBoxOnTheCanvas() {
        RgbaImage photo = Cutouts.rectangle(200, 150, 30, 40, 130, 90, 0xFFFFFF);
        RgbaImage out = layout.apply(photo, onCanvas(400, 400, Alignment.CENTER, Margin.NONE));
        assertThat(halfAlphaRows(out)).containsExactly(100, 300);
        assertThat(halfAlphaColumns(out)).containsExactly(0, 400);
    }

    @Test
    void standsTheBoxOnTheBottomMargin() {
        RgbaImage photo = Cutouts.rectangle(200, 150, 30, 40, 130, 90, 0xFFFFFF);
        RgbaImage out = layout.apply(photo, onCanvas(400, 400, Alignment.BOTTOM, Margin.pixels(20)));
        assertThat(halfAlphaRows(out)).containsExactly(200, 380);
        assertThat(halfAlphaColumns(out, 290)).containsExactly(20, 380);
    }

    @Test
    void scalesDownToFit() {
        RgbaImage photo = Cutouts.rectangle(1000, 700, 100, 100, 900, 500, 0xFFFFFF);
        RgbaImage out = layout.apply(photo, onCanvas(200, 200, Alignment.CENTER, Margin.pixels(20)));
        // s = min(160 / 800, 160 / 400) = 0.2: the box is 160 x 80, at (20, 60).
        assertThat(halfAlphaColumns(out)).containsExactly(20, 180);
        assertThat(halfAlphaRows(out)).containsExactly(60, 140);
    }

    @Test
    void scalesUpToFit() {
        RgbaImage photo = Cutouts.rectangle(40, 40, 10, 5, 20, 25, 0xFFFFFF);
        RgbaImage out = layout.apply(photo, onCanvas(300, 300, Alignment.CENTER, Margin.percent(25)));
        // 20 px tall + 2·25 % of 20 = 30 → s = 10: the box is 100 x 200 at (100, 50).
        assertThat(halfAlphaColumns(out)).containsExactly(100, 200);
        assertThat(halfAlphaRows(out)).containsExactly(50, 250);
    }

    @Test
    void canvasThatNeedsNoScalingCopiesBitForBit() {
        RgbaImage photo = product();
        RgbaImage out = layout.apply(photo, onCanvas(140, 90, Alignment.CENTER, Margin.pixels(20)));
        assertWindow(out, photo, 30 - 20, 40 - 20);
    }

    @ParameterizedTest(name = "hidden field {0}, canvas {1}")
    @CsvSource({"0x000000, 30", "0x000000, 216", "0x00FF00, 30", "0x00FF00, 216"})
    void keepsAWhiteSubjectsEdgeWhiteWhenScaled(String field, int side) {
        // The disc's box is about 83 px: x0.36 to a 30 px canvas, x2.6 to 216 px.
        RgbaImage disc = Cutouts.whiteDisc(120, 40, 2, Integer.decode(field));
        RgbaImage out = layout.apply(disc, onCanvas(side, side, Alignment.CENTER, Margin.NONE));
        for (int p : out.argb()) {
            if (alpha(p) > 0) {
                assertThat(Math.min(red(p), Math.min(green(p), blue(p)))).as("%08X", p).isGreaterThanOrEqualTo(252);
            }
        }
    }

    @Test
    void fillsTheCanvasWithAnOpaqueBackground() {
        RgbaImage photo = Cutouts.rectangle(200, 150, 30, 40, 130, 90, 0xFFFFFF);
        RgbaImage out = layout.apply(photo, onCanvas(300, 300, Alignment.CENTER, Margin.percent(5)).withBackground(0x102030));
        assertThat(out.hasAlpha()).isFalse();
        for (int p : out.argb()) {
            assertThat(alpha(p)).isEqualTo(255);
        }
        assertThat(out.argb()[0]).isEqualTo(0xFF102030);
        assertThat(out.argb()[150 * 300 + 150]).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void croppedOnABackgroundKeepsTheSubjectsOpaquePixelsExact() {
        RgbaImage photo = product();
        RgbaImage out = layout.apply(photo, LayoutOptions.crop(Margin.pixels(3)).withBackground(0xFFFFFF));
        int inside = (3 + 25) * out.width() + 3 + 50;
        assertThat(out.argb()[inside]).isEqualTo(photo.argb()[(40 + 25) * 200 + 30 + 50]);
        assertThat(out.argb()[0] & 0xFFFFFF).isGreaterThan(0xF0F0F0); // haze of alpha <= 8 on white
    }

    @Test
    void anEmptySubjectKeepsTheWholeFrame() {
        RgbaImage haze = Cutouts.noisy(60, 40, (x, y) -> (x * y) % 9);
        RgbaImage cropped = layout.apply(haze, LayoutOptions.crop(Margin.pixels(10)));
        assertThat(cropped.width()).isEqualTo(80);
        assertThat(cropped.height()).isEqualTo(60);
        assertWindow(cropped, haze, -10, -10);

        RgbaImage empty = new RgbaImage(60, 40, new int[60 * 40], true);
        RgbaImage canvas = layout.apply(empty, onCanvas(200, 200, Alignment.BOTTOM, Margin.percent(5)));
        assertThat(canvas.argb()).containsOnly(0);
        RgbaImage white = layout.apply(empty, onCanvas(200, 200, Alignment.CENTER, Margin.NONE).withBackground(0xFFFFFF));
        assertThat(white.argb()).containsOnly(0xFFFFFFFF);
    }

    @Test
    void withoutCropACanvasFitsTheWholeFrame() {
        RgbaImage photo = Cutouts.noisy(200, 100, (x, y) -> 255);
        LayoutOptions frame = new LayoutOptions(false, Margin.NONE,
                Optional.of(new Canvas(400, 400, Alignment.CENTER)), OptionalInt.empty());
        RgbaImage out = layout.apply(photo, frame);
        assertThat(halfAlphaRows(out)).containsExactly(100, 300);
    }

    @Test
    void changesNothingWithoutCropOrCanvas() {
        RgbaImage photo = product();
        assertThat(layout.apply(photo, LayoutOptions.NONE)).isSameAs(photo);
        Composite composite = new Composite.Colour(photo);
        assertThat(layout.apply(composite, LayoutOptions.NONE)).isSameAs(composite);
        Composite mask = new Composite.Grey(2, 2, new byte[4]);
        assertThat(layout.apply(mask, LayoutOptions.NONE)).isSameAs(mask);
    }

    @Test
    void laysOutAColourCompositeAndRefusesAMask() {
        Composite laidOut = layout.apply(new Composite.Colour(product()), LayoutOptions.crop(Margin.NONE));
        assertThat(laidOut.width()).isEqualTo(100);
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> layout.apply(new Composite.Grey(2, 2, new byte[4]), LayoutOptions.crop(Margin.NONE)));
        assertThat(e.getMessage()).isEqualTo("crop and canvas apply to a cut-out, not to a mask");
    }

    @Test
    void refusesAnOutputOverThePixelLimitBeforeAllocatingIt() {
        ShopLayout small = new ShopLayout(10_000);
        ImageException e = assertThrows(ImageException.class,
                () -> small.apply(product(), onCanvas(101, 100, Alignment.CENTER, Margin.NONE)));
        assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_PIXELS);
        assertThat(e.getMessage()).contains("101x100");
        assertThat(small.apply(product(), onCanvas(100, 100, Alignment.CENTER, Margin.NONE)).width()).isEqualTo(100);
    }

    private static LayoutOptions onCanvas(int w, int h, Alignment align, Margin margin) {
        return LayoutOptions.onCanvas(new Canvas(w, h, align), margin);
    }

    /** {@code out} is the window of {@code photo} at {@code (x0, y0)}, bit for bit, 0 beyond the photo. */
    private static void assertWindow(RgbaImage out, RgbaImage photo, int x0, int y0) {
        for (int y = 0; y < out.height(); y++) {
            for (int x = 0; x < out.width(); x++) {
                int sx = x + x0;
                int sy = y + y0;
                boolean inside = sx >= 0 && sy >= 0 && sx < photo.width() && sy < photo.height();
                int expected = inside ? photo.argb()[sy * photo.width() + sx] : 0;
                assertThat(out.argb()[y * out.width() + x]).as("(%d, %d)", x, y).isEqualTo(expected);
            }
        }
    }

    private static int[] halfAlphaRows(RgbaImage image) {
        return halfAlphaRows(image, image.width() / 2);
    }

    /** First row with alpha >= 128 and one past the last, along column {@code x}. */
    private static int[] halfAlphaRows(RgbaImage image, int x) {
        int first = -1;
        int last = -1;
        for (int y = 0; y < image.height(); y++) {
            if (alpha(image.argb()[y * image.width() + x]) >= HALF) {
                first = first < 0 ? y : first;
                last = y;
            }
        }
        return new int[] {first, last + 1};
    }

    private static int[] halfAlphaColumns(RgbaImage image) {
        return halfAlphaColumns(image, image.height() / 2);
    }

    /** First column with alpha >= 128 and one past the last, along row {@code y}. */
    private static int[] halfAlphaColumns(RgbaImage image, int y) {
        int row = y * image.width();
        int first = -1;
        int last = -1;
        for (int x = 0; x < image.width(); x++) {
            if (alpha(image.argb()[row + x]) >= HALF) {
                first = first < 0 ? x : first;
                last = x;
            }
        }
        return new int[] {first, last + 1};
    }
}
