package dev.cutout.engine.pipeline.layout;

import dev.cutout.contract.Margin;
import dev.cutout.contract.Canvas;
import dev.cutout.contract.Alignment;
import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.InvalidOptionsException;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LayoutOptionsTest {

    @Test
    void readsMarginsAsPercentOrPixels() {
        assertThat(Margin.parse("5%")).isEqualTo(Margin.percent(5));
        assertThat(Margin.parse(" 2.5 % ")).isEqualTo(Margin.percent(2.5));
        assertThat(Margin.parse("40px")).isEqualTo(Margin.pixels(40));
        assertThat(Margin.parse("40 PX")).isEqualTo(Margin.pixels(40));
        assertThat(Margin.parse("40")).isEqualTo(Margin.pixels(40));
        assertThat(Margin.parse("0")).isEqualTo(Margin.NONE);
        assertThat(Margin.parse("100%").toString()).isEqualTo("100%");
    }

    @Test
    void refusesMarginsItCannotRead() {
        assertRefused(() -> Margin.parse("abc"), "must be a percentage like 5% or whole pixels like 40px, not 'abc'");
        assertRefused(() -> Margin.parse("-5%"), "not '-5%'");
        assertRefused(() -> Margin.parse("4.5px"), "whole pixels");
        assertRefused(() -> Margin.parse("150%"), "at most 100%, not '150%'");
        assertRefused(() -> Margin.parse("20000px"), "at most 10000px");
        assertRefused(() -> Margin.pixels(-1), "margin must be 0 to 10000 whole pixels");
    }

    @Test
    void readsCanvasSizes() {
        assertThat(Canvas.parse("2000x2000", Alignment.CENTER)).isEqualTo(new Canvas(2000, 2000, Alignment.CENTER));
        assertThat(Canvas.parse(" 800 X 600", Alignment.BOTTOM)).isEqualTo(new Canvas(800, 600, Alignment.BOTTOM));
        assertThat(Canvas.parse("1x10000", Alignment.CENTER).height()).isEqualTo(10_000);
    }

    @Test
    void refusesCanvasSizesOutOfRangeOrMalformed() {
        assertRefused(() -> Canvas.parse("0x5", Alignment.CENTER), "must have sides of 1 to 10000 pixels, not '0x5'");
        assertRefused(() -> Canvas.parse("10001x5", Alignment.CENTER), "not '10001x5'");
        assertRefused(() -> Canvas.parse("99999999999x5", Alignment.CENTER), "like 2000x2000");
        assertRefused(() -> Canvas.parse("2000x", Alignment.CENTER), "must be width x height in pixels like 2000x2000, not '2000x'");
        assertRefused(() -> Canvas.parse("abc", Alignment.CENTER), "not 'abc'");
        assertRefused(() -> new Canvas(0, 5, Alignment.CENTER), "canvas sides must be 1 to 10000 pixels, not 0x5");
    }

    @Test
    void readsAlignments() {
        assertThat(Alignment.parse("Bottom")).isEqualTo(Alignment.BOTTOM);
        assertThat(Alignment.parse("center")).isEqualTo(Alignment.CENTER);
        assertThat(Alignment.parse("centre")).isEqualTo(Alignment.CENTER);
        assertRefused(() -> Alignment.parse("top"), "must be center or bottom, not 'top'");
    }

    @Test
    void refusesAMarginOrBackgroundWithNothingToLayOut() {
        assertRefused(() -> new LayoutOptions(false, Margin.pixels(4), Optional.empty(), OptionalInt.empty()),
                "margin and a layout background need crop=subject or a canvas");
        assertRefused(() -> new LayoutOptions(false, Margin.NONE, Optional.empty(), OptionalInt.of(0xFFFFFF)),
                "need crop=subject or a canvas");
    }

    @Test
    void refusesAPixelMarginThatLeavesNoRoomOnTheCanvas() {
        Canvas canvas = new Canvas(2000, 1000, Alignment.CENTER);
        assertRefused(() -> LayoutOptions.onCanvas(canvas, Margin.pixels(500)),
                "margin 500px leaves no room for the subject on a 2000x1000 canvas");
        assertThat(LayoutOptions.onCanvas(canvas, Margin.pixels(499)).margin()).isEqualTo(Margin.pixels(499));
    }

    @Test
    void refusesABackgroundThatIsNotRgb() {
        assertRefused(() -> LayoutOptions.crop(Margin.NONE).withBackground(0x1000000), "background must be 0xRRGGBB");
    }

    @Test
    void isIdentityOnlyWithoutCropAndCanvas() {
        assertThat(LayoutOptions.NONE.isIdentity()).isTrue();
        assertThat(LayoutOptions.crop(Margin.NONE).isIdentity()).isFalse();
        LayoutOptions frameOnCanvas = new LayoutOptions(false, Margin.NONE,
                Optional.of(new Canvas(10, 10, Alignment.CENTER)), OptionalInt.empty());
        assertThat(frameOnCanvas.isIdentity()).isFalse();
    }

    private static void assertRefused(Executable parse, String message) {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, parse);
        assertThat(e.getMessage()).contains(message);
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTIONS);
    }
}
