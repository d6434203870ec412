package dev.cutout.contract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Space left around the subject's box, measured in the output: pixels of the delivered image, or a
 * percentage of the box's longer side as it appears there (so "5%" is the same frame whether the
 * subject is cropped or scaled onto a canvas, and the same on all four sides).
 *
 * @param amount percent (0..{@value #MAX_PERCENT}) or whole pixels (0..{@value #MAX_PIXELS})
 */
public record Margin(double amount, Unit unit) {

    /** A margin wider than the box on each side is no longer a margin but a different picture. */
    public static final double MAX_PERCENT = 100;
    /** The largest canvas side ({@link Canvas#MAX_SIDE}). */
    public static final int MAX_PIXELS = Canvas.MAX_SIDE;
    public static final Margin NONE = new Margin(0, Unit.PIXELS);

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,4}(?:\\.\\d{1,3})?)\\s*%");
    private static final Pattern PIXELS = Pattern.compile("(\\d{1,6})\\s*(?:px)?");

    /** How {@link #amount} is measured. */
    public enum Unit { PERCENT, PIXELS }

    public Margin {
        if (unit == null) {
            throw new IllegalArgumentException("unit is required");
        }
        if (unit == Unit.PERCENT && !(amount >= 0 && amount <= MAX_PERCENT)) {
            throw new InvalidOptionsException("margin must be 0% to 100%, not " + amount + "%");
        }
        if (unit == Unit.PIXELS && !(amount >= 0 && amount <= MAX_PIXELS && amount == Math.rint(amount))) {
            throw new InvalidOptionsException("margin must be 0 to " + MAX_PIXELS + " whole pixels, not " + amount + "px");
        }
    }

    public static Margin percent(double percent) {
        return new Margin(percent, Unit.PERCENT);
    }

    public static Margin pixels(int pixels) {
        return new Margin(pixels, Unit.PIXELS);
    }

    /**
     * {@code 5%}, {@code 2.5%}, {@code 40px} or {@code 40} (pixels). Messages follow the option's name,
     * as {@link JobOptionsParser}'s do ({@code Option 'margin' must ...}).
     */
    public static Margin parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        Matcher percent = PERCENT.matcher(value);
        if (percent.matches()) {
            double amount = Double.parseDouble(percent.group(1));
            if (amount > MAX_PERCENT) {
                throw new InvalidOptionsException("must be at most 100%, not '" + text + "'");
            }
            return percent(amount);
        }
        Matcher pixels = PIXELS.matcher(value);
        if (pixels.matches()) {
            int amount = Integer.parseInt(pixels.group(1));
            if (amount > MAX_PIXELS) {
                throw new InvalidOptionsException("must be at most " + MAX_PIXELS + "px, not '" + text + "'");
            }
            return pixels(amount);
        }
        throw new InvalidOptionsException("must be a percentage like 5% or whole pixels like 40px, not '" + text + "'");
    }

    public boolean isZero() {
        return amount == 0;
    }

    /** The margin in output pixels around a box whose longer side is {@code boxLongSide} output pixels. */
    public double pixelsAround(double boxLongSide) {
        return unit == Unit.PIXELS ? amount : amount / 100 * boxLongSide;
    }

    @Override
    public String toString() {
        String number = amount == Math.rint(amount) ? Long.toString((long) amount) : Double.toString(amount);
        return number + (unit == Unit.PIXELS ? "px" : "%");
    }
}
