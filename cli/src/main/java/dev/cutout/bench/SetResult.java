package dev.cutout.bench;

import dev.cutout.contract.QualityReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The scores of one variant on one set, photo by photo, and the time each took outside the model. */
final class SetResult {

    final EvalVariant variant;
    final List<String> names = new ArrayList<>();
    final List<MatteScore> scores = new ArrayList<>();
    final List<Double> otherMillis = new ArrayList<>();
    final List<Optional<QualityReport>> reports = new ArrayList<>();

    SetResult(EvalVariant variant) {
        this.variant = variant;
    }

    void add(String name, MatteScore score, double millis, Optional<QualityReport> report) {
        names.add(name);
        scores.add(score);
        otherMillis.add(millis);
        reports.add(report);
    }

    boolean reported() {
        return !reports.isEmpty() && reports.stream().allMatch(Optional::isPresent);
    }

    /** Photos the quality report doubted. */
    long doubted() {
        return count(true, null);
    }

    /** Doubted photos that were gross failures: the doubt was right. */
    long doubtedGross() {
        return count(true, true);
    }

    /** Gross failures the report did not doubt: the doubt missed them. */
    long undoubtedGross() {
        return count(false, true);
    }

    private long count(boolean doubted, Boolean gross) {
        long n = 0;
        for (int i = 0; i < scores.size(); i++) {
            boolean d = reports.get(i).map(QualityReport::doubtful).orElse(false);
            if (d == doubted && (gross == null || scores.get(i).gross() == gross)) {
                n++;
            }
        }
        return n;
    }

    int size() {
        return scores.size();
    }

    double[] mae() {
        return scores.stream().mapToDouble(MatteScore::mae).toArray();
    }

    double[] band() {
        return scores.stream().mapToDouble(MatteScore::bandMae).toArray();
    }

    double meanMae() {
        return mean(mae());
    }

    double meanBand() {
        return mean(band());
    }

    double meanIou() {
        return mean(scores.stream().mapToDouble(MatteScore::iou).toArray());
    }

    long gross() {
        return scores.stream().filter(MatteScore::gross).count();
    }

    double medianOtherMillis() {
        double[] m = otherMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return m.length == 0 ? 0 : m[m.length / 2];
    }

    static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : sum(values) / values.length;
    }

    static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
