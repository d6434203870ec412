package dev.cutout.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobOptionsParserTest {

    @Test
    void readsEveryOptionFromFields() {
        JobOptions options = fields(Map.of(JobOption.MODEL, "Medium", JobOption.OUTPUT, " background ",
                JobOption.BACKGROUND, "1E90FF", JobOption.DECONTAMINATE, "off", JobOption.QUALITY, "1",
                JobOption.MATTING, "TRUE", JobOption.FILE_NAME, "cat"));

        assertThat(options).isEqualTo(new JobOptions(Optional.of("medium"), OutputKind.BACKGROUND, 0x1E90FF, false, true,
                true, Optional.of("cat")));
    }

    @Test
    void absentAndBlankFieldsTakeTheDefaults() {
        assertThat(fields(Map.of())).isEqualTo(JobOptions.DEFAULT);
        assertThat(fields(Map.of(JobOption.MODEL, " ", JobOption.BACKGROUND, ""))).isEqualTo(JobOptions.DEFAULT);
    }

    @Test
    void refusesAnUnknownModelNamingTheField() {
        assertThatThrownBy(() -> fields(Map.of(JobOption.MODEL, "huge")))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessage("Option 'model' must be small or medium, not 'huge'")
                .satisfies(e -> assertThat(((InvalidOptionsException) e).code()).isEqualTo(ErrorCode.INVALID_OPTIONS));
    }

    @Test
    void refusesAnUnknownOutput() {
        assertThatThrownBy(() -> fields(Map.of(JobOption.OUTPUT, "sticker")))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessage("Option 'output' must be cutout, mask or background, not 'sticker'");
    }

    @Test
    void refusesABackgroundThatIsNotSixHexDigits() {
        assertThatThrownBy(() -> fields(Map.of(JobOption.BACKGROUND, "red")))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessage("Option 'background' must look like #rrggbb, not 'red'");
        assertThatThrownBy(() -> JobOptionsParser.background("#12345"))
                .isInstanceOf(InvalidOptionsException.class).hasMessageContaining("#rrggbb");
    }

    @Test
    void refusesAFlagThatIsNeitherTrueNorFalse() {
        for (JobOption flag : new JobOption[] {JobOption.DECONTAMINATE, JobOption.QUALITY, JobOption.MATTING}) {
            assertThatThrownBy(() -> fields(Map.of(flag, "maybe")))
                    .isInstanceOf(InvalidOptionsException.class)
                    .hasMessage("Option '" + flag.field() + "' must be true or false, not 'maybe'");
        }
    }

    @Test
    void readsAColourWithOrWithoutItsHashAndWritesItBackLowerCase() {
        assertThat(JobOptionsParser.background("#FF8000")).isEqualTo(0xFF8000);
        assertThat(JobOptionsParser.background("ff8000")).isEqualTo(0xFF8000);
        assertThat(JobOptionsParser.hex(0xFF8000)).isEqualTo("#ff8000");
        assertThat(JobOptionsParser.hex(0x000001)).isEqualTo("#000001");
    }

    @Test
    void namesEachOptionAsAFieldAndAsAHeader() {
        assertThat(JobOption.FILE_NAME.field()).isEqualTo("file-name");
        assertThat(JobOption.FILE_NAME.header()).isEqualTo(Topology.HEADER_FILE_NAME);
        assertThat(JobOption.BACKGROUND.header()).isEqualTo("cutout-background");
    }

    private static JobOptions fields(Map<JobOption, String> values) {
        Map<JobOption, String> map = values.isEmpty() ? new EnumMap<>(JobOption.class) : new EnumMap<>(values);
        return JobOptionsParser.fromFields(option -> Optional.ofNullable(map.get(option)));
    }
}
