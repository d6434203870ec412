package dev.cutout.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.contract.QualityReport;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QualityHeadersTest {

    private static QualityReport chosen(String candidate) {
        return new QualityReport(candidate, "why", 4, 0.5, 0.1, 0.9, 0.02, Optional.empty());
    }

    @Test
    void namesTheChosenCandidateAndTheRuns() {
        assertThat(QualityHeaders.quality(chosen("plain+mirror"))).isEqualTo("chosen=plain+mirror; runs=4");
    }

    @Test
    void quotesACandidateThatIsNotAToken() {
        assertThat(QualityHeaders.quality(chosen("pad10,0,0,10-edge"))).isEqualTo("chosen=\"pad10,0,0,10-edge\"; runs=4");
    }

    @Test
    void doubtIsLowerKebab() {
        assertThat(QualityHeaders.doubt(QualityReport.Doubt.SUBJECT_MAY_BE_INCOMPLETE))
                .isEqualTo("subject-may-be-incomplete");
        assertThat(QualityHeaders.doubt(QualityReport.Doubt.NO_CLEAR_SUBJECT)).isEqualTo("no-clear-subject");
    }
}
