package dev.cutout.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobHeadersTest {

    @Test
    void optionsSurviveTheRoundTripThroughHeaders() {
        JobOptions options = new JobOptions(Optional.of("SMALL"), OutputKind.BACKGROUND, 0xFF8000, false, true, true,
                Optional.of("holiday.heic"));

        assertThat(JobHeaders.read(JobHeaders.write(options))).isEqualTo(
                new JobOptions(Optional.of("small"), OutputKind.BACKGROUND, 0xFF8000, false, true, true,
                        Optional.of("holiday.heic")));
    }

    @Test
    void writesTheColourAsTheDocumentedHexString() {
        Map<String, Object> headers = JobHeaders.write(new JobOptions(Optional.empty(), OutputKind.BACKGROUND, 0x00FF08,
                true, false, false, Optional.empty()));

        assertThat(headers).containsEntry(Topology.HEADER_BACKGROUND, "#00ff08").containsEntry(Topology.HEADER_OUTPUT,
                "background");
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
    void malformedValuesAreRefusedNamingTheHeader() {
        assertThatThrownBy(() -> JobHeaders.read(Map.of(Topology.HEADER_MODEL, "huge")))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessage("Header cutout-model must be small or medium, not 'huge'");
        assertThatThrownBy(() -> JobHeaders.read(Map.of(Topology.HEADER_QUALITY, "maybe")))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessage("Header cutout-quality must be true or false, not 'maybe'");
    }
}
