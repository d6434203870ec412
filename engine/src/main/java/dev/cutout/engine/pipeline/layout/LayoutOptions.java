package dev.cutout.engine.pipeline.layout;

import dev.cutout.contract.Margin;
import dev.cutout.contract.Canvas;
import dev.cutout.contract.InvalidOptionsException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How to lay a cut-out out for a shop. The box is the subject's ({@code crop}) or the whole frame;
 * the margin is kept around it; with a canvas the box and margin are scaled (down or up) to fit it.
 * {@link #NONE} leaves the image exactly as it is.
 *
 * @param crop       crop to the subject's bounding box ({@code crop=subject})
 * @param margin     around the box, in output pixels or percent of the box ({@link Margin})
 * @param canvas     a fixed output size to fit the box and margin into
 * @param background 0xRRGGBB to flatten onto (opaque output); empty keeps the transparency
 */
public record LayoutOptions(boolean crop, Margin margin, Optional<Canvas> canvas, OptionalInt background) {

    public static final LayoutOptions NONE = new LayoutOptions(false, Margin.NONE, Optional.empty(), OptionalInt.empty());

    public LayoutOptions {
        if (margin == null || canvas == null || background == null) {
            throw new IllegalArgumentException("margin, canvas and background are required (Margin.NONE, empty for none)");
        }
        if (background.isPresent() && (background.getAsInt() & ~0xFFFFFF) != 0) {
            throw new InvalidOptionsException("background must be 0xRRGGBB, not 0x" + Integer.toHexString(background.getAsInt()));
        }
        if (!crop && canvas.isEmpty() && !(margin.isZero() && background.isEmpty())) {
            throw new InvalidOptionsException("margin and a layout background need crop=subject or a canvas"
                    + " (for the whole photo on a colour, use output=background)");
        }
        if (canvas.isPresent() && margin.unit() == Margin.Unit.PIXELS) {
            Canvas c = canvas.get();
            if (2 * margin.amount() >= Math.min(c.width(), c.height())) {
                throw new InvalidOptionsException("margin " + margin + " leaves no room for the subject on a "
                        + c.width() + "x" + c.height() + " canvas");
            }
        }
    }

    /** Crop to the subject with a margin, nothing else. */
    public static LayoutOptions crop(Margin margin) {
        return new LayoutOptions(true, margin, Optional.empty(), OptionalInt.empty());
    }

    /** The subject cropped, with {@code margin}, fitted onto {@code canvas}, transparent. */
    public static LayoutOptions onCanvas(Canvas canvas, Margin margin) {
        return new LayoutOptions(true, margin, Optional.of(canvas), OptionalInt.empty());
    }

    public LayoutOptions withBackground(int rgb) {
        return new LayoutOptions(crop, margin, canvas, OptionalInt.of(rgb));
    }

    /** Whether the layout changes nothing (then no pixel is touched). */
    public boolean isIdentity() {
        return !crop && canvas.isEmpty();
    }
}
