package dev.cutout.engine.pipeline.layout;

import dev.cutout.contract.Alignment;
import dev.cutout.contract.Canvas;
import dev.cutout.contract.Margin;

/**
 * Where the box lands in the output: the output's size, the scale (output pixels per source pixel)
 * and the output position of the box's top-left corner. Everything else in the output is the source
 * around the box at the same scale, transparent beyond the photo.
 */
public record Placement(SubjectBounds box, int width, int height, double scale, double left, double top) {

    public Placement {
        if (box == null || width <= 0 || height <= 0 || !(scale > 0)) {
            throw new IllegalArgumentException("bad placement " + width + "x" + height + " at scale " + scale);
        }
    }

    /**
     * The placement of {@code box} under {@code options}. Without a canvas: the box plus the margin on
     * every side, unscaled. With one: the scale that fits box and margin inside the canvas (down or up),
     * the box centred horizontally, and vertically centred or with its bottom on the bottom margin.
     * Offsets are rounded to whole pixels (for bottom alignment the box's bottom edge), so an unscaled
     * box is copied without resampling.
     */
    public static Placement of(SubjectBounds box, LayoutOptions options) {
        Margin margin = options.margin();
        if (options.canvas().isEmpty()) {
            int m = (int) Math.round(margin.pixelsAround(box.longSide()));
            return new Placement(box, box.width() + 2 * m, box.height() + 2 * m, 1.0, m, m);
        }
        Canvas canvas = options.canvas().get();
        int cw = canvas.width();
        int ch = canvas.height();
        double scale;
        double m;
        if (margin.unit() == Margin.Unit.PIXELS) {
            m = margin.amount();
            scale = Math.min((cw - 2 * m) / box.width(), (ch - 2 * m) / box.height());
        } else {
            // m = f·scale·L, and (box + 2m)·scale must fit: scale = canvas / (box + 2fL) on the tighter axis.
            double around = 2 * margin.amount() / 100 * box.longSide();
            scale = Math.min(cw / (box.width() + around), ch / (box.height() + around));
            m = margin.pixelsAround(scale * box.longSide());
        }
        double left = Math.round((cw - scale * box.width()) / 2);
        double top = canvas.alignment() == Alignment.BOTTOM
                ? ch - Math.round(m) - scale * box.height()
                : Math.round((ch - scale * box.height()) / 2);
        return new Placement(box, cw, ch, scale, left, top);
    }

    /** Source x of the output's left edge. */
    public double sourceLeft() {
        return box.x() - left / scale;
    }

    /** Source y of the output's top edge. */
    public double sourceTop() {
        return box.y() - top / scale;
    }

    /** Whether the output is a plain copy of source pixels (unscaled, on whole-pixel offsets). */
    public boolean copies() {
        return scale == 1.0 && left == Math.rint(left) && top == Math.rint(top);
    }
}
