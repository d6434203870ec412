package dev.cutout.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobHeadersTest {

    @Test
    void optionsSurviveTheRoundTripThroughHeaders() {
        JobOptions options = new JobOptions(Optional.of("small"), OutputKind.BACKGROUND, "#FF8000", false, true, true,
                Optional.of("holiday.heic"));

        assertThat(JobHeaders.read(JobHeaders.write(options))).isEqualTo(
                new JobOptions(Optional.of("small"), OutputKind.BACKGROUND, "#ff8000", false, true, true,
                        Optional.of("holiday.heic")));
    }

    @Test
    void aMessageWithoutHeadersAsksForTheDefaultCutOut() {
        assertThat(JobHeaders.read(Map.of())).isEqualTo(JobOptions.DEFAULT);
        assertThat(JobHeaders.read(null)).isEqualTo(JobOptions.DEFAULT);
    }

    @Test
    void readsTheLooseTypesAnyAmqpClientSends() {
        JobOptions options = JobHeaders.read(Map.of(
                Topology.HEADER_OUTPUT, new StringBuilder("MASK"),
                Topology.HEADER_QUALITY, "yes",
                Topology.HEADER_DECONTAMINATE, Boolean.FALSE));

        assertThat(options.output()).isEqualTo(OutputKind.MASK);
        assertThat(options.quality()).isTrue();
        assertThat(options.decontaminate()).isFalse();
    }

    @Test
    void malformedValuesAreRefusedNamingTheProblem() {
        assertThatThrownBy(() -> JobHeaders.read(Map.of(Topology.HEADER_MODEL, "huge")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("small or medium");
        assertThatThrownBy(() -> JobHeaders.read(Map.of(Topology.HEADER_OUTPUT, "sticker")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cutout, mask or background");
        assertThatThrownBy(() -> JobHeaders.read(Map.of(Topology.HEADER_BACKGROUND, "red")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("#rrggbb");
        assertThatThrownBy(() -> JobHeaders.read(Map.of(Topology.HEADER_QUALITY, "maybe")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Topology.HEADER_QUALITY);
    }
}
