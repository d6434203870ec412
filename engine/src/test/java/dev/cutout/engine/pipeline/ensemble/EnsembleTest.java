package dev.cutout.engine.pipeline.ensemble;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnsembleTest {

    @Test
    void readsCandidatesAndTheirMeanMembersAndCountsEachViewOnce() {
        Ensemble e = Ensemble.parse("plain+mirror | pad25-edge+pad25-edge-mirror | plain");
        assertThat(e.candidates()).hasSize(3);
        assertThat(e.candidates().get(0).views()).containsExactly(ModelView.PLAIN, ModelView.MIRRORED);
        assertThat(e.modelRuns()).isEqualTo(4);
        assertThat(e.spec()).isEqualTo("plain+mirror | pad25-edge+pad25-edge-mirror | plain");
    }

    @Test
    void viewLabelsReadBackToTheSameView() {
        for (String label : List.of("plain", "mirror", "pad10", "pad25-edge", "pad10-mirror", "pad25-edge-mirror",
                "pad10,0,0,10", "pad2.5")) {
            assertThat(ModelView.parse(label).label()).isEqualTo(label);
        }
        ModelView shifted = ModelView.parse("pad10,0,0,10");
        assertThat(shifted.left()).isEqualTo(0.10);
        assertThat(shifted.top()).isZero();
        assertThat(shifted.bottom()).isEqualTo(0.10);
    }

    @Test
    void refusesMalformedSpecsNamingThePart() {
        assertThatThrownBy(() -> Ensemble.parse("plain | zoom")).hasMessageContaining("'zoom'");
        assertThatThrownBy(() -> Ensemble.parse("plain + | pad10")).hasMessageContaining("empty view");
        assertThatThrownBy(() -> Ensemble.parse("pad1,2")).hasMessageContaining("four");
        assertThatThrownBy(() -> Ensemble.parse("padx")).hasMessageContaining("'x'");
        assertThatThrownBy(() -> Ensemble.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
