package dev.cutout.engine.pipeline.layout;

import dev.cutout.contract.Margin;
import dev.cutout.contract.Canvas;
import dev.cutout.contract.Alignment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlacementTest {

    private static final SubjectBounds WIDE = new SubjectBounds(30, 40, 100, 50);
    private static final SubjectBounds TALL = new SubjectBounds(5, 7, 50, 100);

    @Test
    void cropKeepsAPercentMarginOfTheLongerSideOnEverySide() {
        Placement p = Placement.of(WIDE, LayoutOptions.crop(Margin.percent(5)));
        assertPlacement(p, 110, 60, 1, 5, 5);
        assertThat(p.sourceLeft()).isEqualTo(25);
        assertThat(p.sourceTop()).isEqualTo(35);
        assertThat(p.copies()).isTrue();
    }

    @Test
    void cropKeepsAPixelMargin() {
        assertPlacement(Placement.of(TALL, LayoutOptions.crop(Margin.pixels(40))), 130, 180, 1, 40, 40);
    }

    @Test
    void centresAWideBoxScaledUpToTheCanvasWidth() {
        assertPlacement(Placement.of(WIDE, canvas(400, 400, Alignment.CENTER, Margin.NONE)), 400, 400, 4, 0, 100);
    }

    @Test
    void measuresAPercentMarginOnTheScaledBox() {
        // (100 + 2·10 % of 100)·s = 400 → s = 10/3; the box is 333.3 x 166.7, centred on whole pixels.
        Placement p = Placement.of(WIDE, canvas(400, 400, Alignment.CENTER, Margin.percent(10)));
        assertPlacement(p, 400, 400, 10.0 / 3, 33, 117);
    }

    @Test
    void putsTheBoxBottomOnTheBottomMargin() {
        // s = min(360 / 100, 360 / 50) = 3.6: the box is 360 x 180, its bottom edge at 400 - 20.
        Placement p = Placement.of(WIDE, canvas(400, 400, Alignment.BOTTOM, Margin.pixels(20)));
        assertPlacement(p, 400, 400, 3.6, 20, 200);
        Placement tall = Placement.of(TALL, canvas(300, 300, Alignment.BOTTOM, Margin.pixels(10)));
        assertPlacement(tall, 300, 300, 2.8, 80, 10);
        assertThat(tall.top() + tall.scale() * TALL.height()).isCloseTo(290, within(1e-9));
    }

    @Test
    void scalesALargeBoxDown() {
        SubjectBounds large = new SubjectBounds(0, 0, 1000, 500);
        assertPlacement(Placement.of(large, canvas(200, 200, Alignment.CENTER, Margin.NONE)), 200, 200, 0.2, 0, 50);
    }

    @Test
    void copiesWhenTheBoxAndMarginFillTheCanvasExactly() {
        Placement p = Placement.of(WIDE, canvas(140, 90, Alignment.CENTER, Margin.pixels(20)));
        assertPlacement(p, 140, 90, 1, 20, 20);
        assertThat(p.copies()).isTrue();
    }

    private static LayoutOptions canvas(int w, int h, Alignment align, Margin margin) {
        return LayoutOptions.onCanvas(new Canvas(w, h, align), margin);
    }

    private static void assertPlacement(Placement p, int w, int h, double scale, double left, double top) {
        assertThat(p.width()).isEqualTo(w);
        assertThat(p.height()).isEqualTo(h);
        assertThat(p.scale()).isCloseTo(scale, within(1e-12));
        assertThat(p.left()).isCloseTo(left, within(1e-9));
        assertThat(p.top()).isCloseTo(top, within(1e-9));
    }
}
