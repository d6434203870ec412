package dev.cutout.contract;

import java.util.Locale;

/** Where the subject sits on a canvas; horizontally it is always centred. */
public enum Alignment {
    /** Centred both ways. */
    CENTER,
    /** The box's bottom on the bottom margin, for products that stand. */
    BOTTOM;

    /** {@code center} (or {@code centre}) or {@code bottom}, in any case; messages follow the option's name. */
    public static Alignment parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "center", "centre" -> CENTER;
            case "bottom" -> BOTTOM;
            default -> throw new InvalidOptionsException("must be center or bottom, not '" + text + "'");
        };
    }
}
