package dev.cutout.worker.pipeline.ensemble;

import java.util.Locale;

/**
 * How the photo is placed on the model's square grid for one run: stretched to the whole grid
 * (the plain view), mirrored, or zoomed out — surrounded by a padding of the given fractions of
 * its own width and height, so that a subject filling the photo no longer fills the model's view.
 *
 * @param mirrored the view is the photo's mirror image (left ↔ right)
 * @param left     padding left of the photo, as a fraction of its width (likewise the others)
 * @param fill     what the padding shows
 */
public record ModelView(boolean mirrored, double left, double top, double right, double bottom, PadFill fill) {

    /** What the padding around a zoomed-out photo is filled with. */
    public enum PadFill {
        /** The per-channel median of the photo's outermost pixels: a plain studio-like surround. */
        MEDIAN,
        /** Each padding pixel repeats the nearest photo edge pixel. */
        EDGE
    }

    /** The photo stretched to the whole grid, as the peers run the model. */
    public static final ModelView PLAIN = new ModelView(false, 0, 0, 0, 0, PadFill.MEDIAN);
    /** The plain view's mirror image. */
    public static final ModelView MIRRORED = new ModelView(true, 0, 0, 0, 0, PadFill.MEDIAN);

    public ModelView {
        for (double pad : new double[] {left, top, right, bottom}) {
            if (!(pad >= 0 && pad <= 4)) {
                throw new IllegalArgumentException("padding must be within 0..4 of the photo's size, not " + pad);
            }
        }
        if (fill == null) {
            throw new IllegalArgumentException("a fill is required");
        }
    }

    /** Zoomed out by {@code fraction} of the photo's size on every side. */
    public static ModelView zoomOut(double fraction, PadFill fill) {
        return new ModelView(false, fraction, fraction, fraction, fraction, fill);
    }

    public ModelView mirror() {
        return new ModelView(!mirrored, left, top, right, bottom, fill);
    }

    public boolean padded() {
        return left > 0 || top > 0 || right > 0 || bottom > 0;
    }

    /** Where the photo lands on a grid of side {@code grid}. */
    public ViewLayout layout(int grid) {
        int x0 = (int) Math.round(grid * left / (1 + left + right));
        int x1 = (int) Math.round(grid * (1 + left) / (1 + left + right));
        int y0 = (int) Math.round(grid * top / (1 + top + bottom));
        int y1 = (int) Math.round(grid * (1 + top) / (1 + top + bottom));
        return new ViewLayout(grid, x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    }

    /** A short name for logs and tables, e.g. {@code plain}, {@code mirror}, {@code pad10-median}. */
    public String label() {
        StringBuilder name = new StringBuilder();
        if (!padded()) {
            name.append("plain");
        } else if (left == top && top == right && right == bottom) {
            name.append(String.format(Locale.ROOT, "pad%s-%s", percent(left), fill.name().toLowerCase(Locale.ROOT)));
        } else {
            name.append(String.format(Locale.ROOT, "pad%s,%s,%s,%s-%s", percent(left), percent(top), percent(right),
                    percent(bottom), fill.name().toLowerCase(Locale.ROOT)));
        }
        return mirrored ? name.append("+mirror").toString() : name.toString();
    }

    private static String percent(double fraction) {
        double p = fraction * 100;
        return p == Math.rint(p) ? Integer.toString((int) p) : String.format(Locale.ROOT, "%.1f", p);
    }
}
