package dev.cutout.cli;

import dev.cutout.contract.QualityReport;
import dev.cutout.engine.pipeline.CutoutResult;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What {@code ./cutout remove} says about one finished photo: its output line and, when doubtful, a warning. */
final class ResultLine {

    private ResultLine() {
    }

    /** {@code a.jpg -> a_no_bg.png (640x480, chosen pad25-edge, 2 model runs, decode=…ms … total=…ms)}. */
    static String of(Path source, Path target, CutoutResult result) {
        QualityReport quality = result.quality();
        return String.format(Locale.ROOT, "%s -> %s (%dx%d, chosen %s, %s, %s)", source, target, result.width(),
                result.height(), quality.chosen(), runs(quality.modelRuns()), result.timings().summary());
    }

    /**
     * A sentence for a doubtful cut-out, naming the photo; it suggests {@code --careful} only to a run
     * that was not careful already.
     */
    static Optional<String> warning(Path source, QualityReport quality, boolean careful) {
        return quality.doubt().map(doubt -> {
            String what = switch (doubt) {
                case SUBJECT_MAY_BE_INCOMPLETE -> "part of the subject may be missing";
                case NO_CLEAR_SUBJECT -> "no clear subject was found";
            };
            String advice = careful ? "check the cut-out" : "check the cut-out, or run it again with --careful";
            return "warning: " + source + ": " + what + " (" + runs(quality.modelRuns()) + ") — " + advice;
        });
    }

    private static String runs(int modelRuns) {
        return modelRuns == 1 ? "1 model run" : modelRuns + " model runs";
    }
}
