package dev.cutout.engine.pipeline.ensemble;

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

    /**
     * The view's name in ensemble specs, logs and tables: {@code plain}, {@code mirror}, {@code pad10}
     * (median fill), {@code pad10-edge}, {@code pad10-mirror}, {@code pad10,0,0,10} (left, top, right,
     * bottom in % of the photo); {@link #parse} reads it back.
     */
    public String label() {
        if (!padded()) {
            return mirrored ? "mirror" : "plain";
        }
        StringBuilder name = new StringBuilder("pad");
        if (left == top && top == right && right == bottom) {
            name.append(percent(left));
        } else {
            name.append(percent(left)).append(',').append(percent(top)).append(',').append(percent(right))
                    .append(',').append(percent(bottom));
        }
        if (fill == PadFill.EDGE) {
            name.append("-edge");
        }
        return mirrored ? name.append("-mirror").toString() : name.toString();
    }

    /**
     * Reads a {@link #label}: {@code plain}, {@code mirror}, or {@code pad<P>} / {@code pad<L>,<T>,<R>,<B>}
     * in percent of the photo, then optionally {@code -edge} and {@code -mirror}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static ModelView parse(String label) {
        String text = label.trim().toLowerCase(Locale.ROOT);
        switch (text) {
            case "plain":
                return PLAIN;
            case "mirror":
                return MIRRORED;
            default:
                break;
        }
        if (!text.startsWith("pad")) {
            throw new IllegalArgumentException("a view is plain, mirror or pad<percent>[-edge][-mirror], not '" + label.trim() + "'");
        }
        boolean mirrored = text.endsWith("-mirror");
        String rest = mirrored ? text.substring(3, text.length() - "-mirror".length()) : text.substring(3);
        PadFill fill = PadFill.MEDIAN;
        if (rest.endsWith("-edge")) {
            fill = PadFill.EDGE;
            rest = rest.substring(0, rest.length() - "-edge".length());
        }
        String[] parts = rest.split(",", -1);
        if (parts.length != 1 && parts.length != 4) {
            throw new IllegalArgumentException("padding is one percentage or four (left,top,right,bottom) in '" + label + "'");
        }
        double[] pads = new double[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[parts.length == 1 ? 0 : i];
            try {
                pads[i] = Double.parseDouble(part) / 100.0;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part + "' is not a percentage in view '" + label + "'", e);
            }
        }
        return new ModelView(mirrored, pads[0], pads[1], pads[2], pads[3], fill);
    }

    private static String percent(double fraction) {
        double p = fraction * 100;
        return p == Math.rint(p) ? Integer.toString((int) p) : String.format(Locale.ROOT, "%.1f", p);
    }
}
