package dev.cutout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.contract.QualityReport;
import dev.cutout.engine.pipeline.CutoutResult;
import dev.cutout.engine.pipeline.Stage;
import dev.cutout.engine.pipeline.StageTimings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultLineTest {

    private static final Path PHOTO = Path.of("board.jpg");

    private static QualityReport report(int runs, Optional<QualityReport.Doubt> doubt) {
        return new QualityReport("pad25-edge", "the plain run lost the subject", runs, 0.8, 0.4, 0.5, 0.03, doubt);
    }

    private static CutoutResult result(QualityReport quality) {
        return new CutoutResult(new byte[0], 640, 480, new StageTimings(Map.of(Stage.INFER, 2_000_000_000L)), quality);
    }

    @Test
    void outputLineNamesTheChosenCandidateAndTheModelRuns() {
        String line = ResultLine.of(PHOTO, Path.of("board_no_bg.png"), result(report(2, Optional.empty())));

        assertThat(line).startsWith("board.jpg -> board_no_bg.png (640x480, chosen pad25-edge, 2 model runs, ")
                .endsWith("infer=2000ms total=2000ms)");
    }

    @Test
    void oneRunIsSingular() {
        assertThat(ResultLine.of(PHOTO, Path.of("o.png"), result(report(1, Optional.empty())))).contains(", 1 model run, ");
    }

    @Test
    void aConfidentCutOutHasNoWarning() {
        assertThat(ResultLine.warning(PHOTO, report(2, Optional.empty()), false)).isEmpty();
    }

    @Test
    void anIncompleteSubjectWarnsAndSuggestsCareful() {
        Optional<String> warning = ResultLine.warning(PHOTO,
                report(2, Optional.of(QualityReport.Doubt.SUBJECT_MAY_BE_INCOMPLETE)), false);

        assertThat(warning).hasValueSatisfying(text -> assertThat(text)
                .startsWith("warning: board.jpg: part of the subject may be missing")
                .contains("2 model runs", "--careful"));
    }

    @Test
    void noClearSubjectAfterACarefulRunDoesNotSuggestCarefulAgain() {
        Optional<String> warning = ResultLine.warning(PHOTO,
                report(4, Optional.of(QualityReport.Doubt.NO_CLEAR_SUBJECT)), true);

        assertThat(warning).hasValueSatisfying(text -> assertThat(text)
                .contains("no clear subject was found", "4 model runs", "check the cut-out").doesNotContain("--careful"));
    }
}
