package dev.cutout.engine.pipeline.ensemble;

import dev.cutout.contract.QualityReport.Doubt;
import dev.cutout.contract.QualityReport;
import dev.cutout.engine.model.GridMatte;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QualityAssessorTest {

    private static final QualityAssessor ASSESSOR = QualityAssessor.DEFAULT;

    private static Choice choice(double kept, double colourOverlap, double agreement) {
        GridMatte matte = new GridMatte(4, new float[16]);
        ModelView plain = ModelView.parse("plain");
        CandidateMatte chosen = new CandidateMatte(new Candidate(List.of(plain)), matte,
                List.of(new ViewMatte(plain, matte, matte)));
        CandidateEvidence evidence = new CandidateEvidence(new MatteEvidence(kept, 0.1, 0.05), colourOverlap, 1.0,
                Optional.empty());
        return new Choice(chosen, 0, "the plain run", List.of(evidence), agreement);
    }

    @Test
    void aClearCutWhoseMembersAgreeIsNotDoubted() {
        QualityReport report = ASSESSOR.assess(choice(0.3, 0.4, 0.95), 2);
        assertThat(report.doubt()).isEmpty();
        assertThat(report.chosen()).isEqualTo("plain");
        assertThat(report.modelRuns()).isEqualTo(2);
        assertThat(report.keptShare()).isEqualTo(0.3);
        assertThat(report.agreement()).isEqualTo(0.95);
    }

    @Test
    void disagreeingMembersAndMixedColoursMeanPartOfTheSubjectMayBeMissing() {
        assertThat(ASSESSOR.assess(choice(0.3, 0.85, 0.6), 2).doubt()).contains(Doubt.SUBJECT_MAY_BE_INCOMPLETE);
    }

    @Test
    void disagreementAloneOrMixedColoursAloneIsNoDoubt() {
        assertThat(ASSESSOR.assess(choice(0.3, 0.5, 0.4), 2).doubt()).isEmpty();
        assertThat(ASSESSOR.assess(choice(0.3, 0.9, 0.75), 2).doubt()).isEmpty();
    }

    @Test
    void almostNothingOrAlmostEverythingKeptMeansNoClearSubject() {
        assertThat(ASSESSOR.assess(choice(0.001, 0.4, 1.0), 1).doubt()).contains(Doubt.NO_CLEAR_SUBJECT);
        assertThat(ASSESSOR.assess(choice(0.99, 0.4, 1.0), 1).doubt()).contains(Doubt.NO_CLEAR_SUBJECT);
    }

    @Test
    void aColourOverlapThatCouldNotBeMeasuredIsNoEvidenceOfDoubt() {
        assertThat(ASSESSOR.assess(choice(0.3, Double.NaN, 0.2), 2).doubt()).isEmpty();
    }
}
