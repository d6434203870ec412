package dev.cutout.worker.bench;

import java.util.ArrayList;
import java.util.List;

/** The scores of one variant on one set, photo by photo, and the time each took outside the model. */
final class SetResult {

    final EvalVariant variant;
    final List<String> names = new ArrayList<>();
    final List<MatteScore> scores = new ArrayList<>();
    final List<Double> otherMillis = new ArrayList<>();

    SetResult(EvalVariant variant) {
        this.variant = variant;
    }

    void add(String name, MatteScore score, double millis) {
        names.add(name);
        scores.add(score);
        otherMillis.add(millis);
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
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return values.length == 0 ? Double.NaN : s / values.length;
    }
}
