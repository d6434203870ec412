package dev.cutout.cli.batch;

import java.util.Locale;

/** The rate and time left of a run, as the progress bar shows them: {@code 12.5/min, ETA 3m20s}. */
final class RateText {

    private RateText() {
    }

    /** @param finished photos ended so far, of {@code total}, in {@code elapsedMillis} */
    static String of(int finished, int total, long elapsedMillis) {
        if (finished == 0 || elapsedMillis <= 0) {
            return "-/min, ETA -";
        }
        double perMinute = finished * 60_000.0 / elapsedMillis;
        long etaSeconds = Math.round((total - finished) * 60.0 / perMinute);
        return String.format(Locale.ROOT, "%.1f/min, ETA %s", perMinute, duration(etaSeconds));
    }

    static String duration(long seconds) {
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
        }
        return seconds >= 60 ? String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
    }
}
