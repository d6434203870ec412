package dev.cutout.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Prints the tables of {@code ./cutout eval}: per set, one row per variant, compared with the first
 * (the peers' bilinear stretch) photo by photo.
 */
final class EvalReport {

    private final PrintStream out;
    private final double inferenceMillis;

    EvalReport(PrintStream out, double inferenceMillis) {
        this.out = out;
        this.inferenceMillis = inferenceMillis;
    }

    void set(EvalSet set, List<SetResult> results) {
        SetResult baseline = results.get(0);
        out.printf(Locale.ROOT, "%n== %s: %d photos, %s%n", set.name(), set.images().size(), set.description());
        out.printf(Locale.ROOT, "%-44s %4s %7s %6s %7s %5s %6s %7s  %-26s %-26s%n", "variant", "runs", "MAE", "IoU",
                "band", "gross", "s/img", "bet/wor", "MAE vs baseline [95% CI]", "band vs baseline [95% CI]");
        for (SetResult r : results) {
            if (r.size() == 0) {
                out.printf(Locale.ROOT, "%-44.44s (no outputs for this set)%n", r.variant.name());
                continue;
            }
            boolean paired = r.names.equals(baseline.names);
            String seconds = !r.variant.timedHere() ? "-" : String.format(Locale.ROOT, "%.2f",
                    (r.variant.modelRuns() * inferenceMillis + r.medianOtherMillis()) / 1000.0);
            out.printf(Locale.ROOT, "%-44.44s %4d %7.4f %6.3f %7.4f %5s %6s %7s  %-26s %-26s%n", r.variant.name(),
                    r.variant.modelRuns(), r.meanMae(), r.meanIou(), r.meanBand(), r.gross() + "/" + r.size(), seconds,
                    r == baseline || !paired ? "" : betterWorse(r, baseline),
                    r == baseline || !paired ? "" : interval(r.mae(), baseline.mae()),
                    r == baseline || !paired ? "" : interval(r.band(), baseline.band()));
        }
        for (SetResult r : results) {
            if (r.reported() && (r.variant.name().equals(EvalVariants.DEFAULT) || r.variant.name().equals(EvalVariants.CAREFUL))) {
                out.printf(Locale.ROOT, "  %s doubted %d photo(s), %d of them gross; %d gross failure(s) not doubted%n",
                        r.variant.name(), r.doubted(), r.doubtedGross(), r.undoubtedGross());
            }
        }
    }

    static void image(PrintStream out, String set, String name, List<SetResult> results) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %s/%s:", set, name));
        for (SetResult r : results) {
            if (r.size() > 0 && r.names.get(r.size() - 1).equals(name)) {
                MatteScore s = r.scores.get(r.size() - 1);
                line.append(String.format(Locale.ROOT, " [%s %.4f/%.3f%s]", r.variant.name(), s.mae(), s.iou(),
                        s.gross() ? " GROSS" : ""));
            }
        }
        out.println(line);
    }

    private static String betterWorse(SetResult r, SetResult baseline) {
        int better = 0;
        int worse = 0;
        double[] a = r.mae();
        double[] b = baseline.mae();
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i] - TIE) {
                better++;
            } else if (a[i] > b[i] + TIE) {
                worse++;
            }
        }
        return better + "/" + worse;
    }

    /** Per-image MAE differences below this (0.1 % of the alpha range) are ties. */
    static final double TIE = 1e-3;

    /** The change of the mean against the baseline's, in %, with its paired bootstrap interval. */
    private static String interval(double[] variant, double[] baseline) {
        PairedBootstrap b = PairedBootstrap.of(variant, baseline);
        return String.format(Locale.ROOT, "%+.1f%% [%+.1f, %+.1f]%s", 100 * b.change(), 100 * b.low(),
                100 * b.high(), b.clearlyLower() ? " *" : b.clearlyHigher() ? " !" : "");
    }
}
