package dev.cutout.contract;

import java.util.Optional;

/**
 * How a job's result is laid out for a shop ({@code crop}, {@code margin}, {@code canvas}, {@code align}).
 * The box is the subject's ({@code crop=subject}) or the whole frame; the margin is kept around it; with a
 * canvas, box and margin are scaled to fit it. {@link #NONE} leaves the result exactly as today.
 *
 * @param crop   crop to the subject's bounding box
 * @param margin around the box, in output pixels or percent of the box's longer side
 * @param canvas a fixed output size (with the subject's alignment) to fit box and margin into
 */
public record Layout(boolean crop, Margin margin, Optional<Canvas> canvas) {

    public static final Layout NONE = new Layout(false, Margin.NONE, Optional.empty());

    public Layout {
        if (margin == null || canvas == null) {
            throw new IllegalArgumentException("margin and canvas are required (Margin.NONE, Optional.empty() for none)");
        }
        if (!crop && canvas.isEmpty() && !margin.isZero()) {
            throw new InvalidOptionsException("margin needs crop=subject or a canvas");
        }
        if (canvas.isPresent() && margin.unit() == Margin.Unit.PIXELS
                && 2 * margin.amount() >= Math.min(canvas.get().width(), canvas.get().height())) {
            throw new InvalidOptionsException("margin " + margin + " leaves no room for the subject on a "
                    + canvas.get().width() + "x" + canvas.get().height() + " canvas");
        }
    }

    /** Whether the layout changes nothing (then no pixel is touched). */
    public boolean isIdentity() {
        return !crop && canvas.isEmpty();
    }

    /** The largest number of pixels the layout is known to produce before the photo is seen: the canvas's. */
    public Optional<Long> canvasPixels() {
        return canvas.map(c -> (long) c.width() * c.height());
    }
}
