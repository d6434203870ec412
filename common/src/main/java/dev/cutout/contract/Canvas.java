package dev.cutout.contract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fixed size of a shop image and where the subject sits on it. */
public record Canvas(int width, int height, Alignment alignment) {

    /** Largest side; the layout's pixel limit may refuse a large canvas sooner. */
    public static final int MAX_SIDE = 10_000;

    private static final Pattern SIZE = Pattern.compile("(\\d{1,9})\\s*[x×]\\s*(\\d{1,9})", Pattern.CASE_INSENSITIVE);

    public Canvas {
        if (alignment == null) {
            throw new IllegalArgumentException("alignment is required");
        }
        if (!inRange(width) || !inRange(height)) {
            throw new InvalidOptionsException("canvas sides must be 1 to " + MAX_SIDE + " pixels, not " + width + "x" + height);
        }
    }

    /** {@code WxH}, e.g. {@code 2000x2000}; messages follow the option's name ({@code Option 'canvas' must ...}). */
    public static Canvas parse(String size, Alignment alignment) {
        Matcher m = SIZE.matcher(size.trim());
        if (!m.matches()) {
            throw new InvalidOptionsException("must be width x height in pixels like 2000x2000, not '" + size + "'");
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        if (!inRange(w) || !inRange(h)) {
            throw new InvalidOptionsException("must have sides of 1 to " + MAX_SIDE + " pixels, not '" + size + "'");
        }
        return new Canvas(w, h, alignment);
    }

    private static boolean inRange(int side) {
        return side >= 1 && side <= MAX_SIDE;
    }

    @Override
    public String toString() {
        return width + "x" + height + (alignment == Alignment.BOTTOM ? " bottom" : "");
    }
}
