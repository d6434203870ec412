package dev.cutout.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.contract.JobOptions;
import dev.cutout.contract.JobOptionsParser;
import dev.cutout.contract.OutputKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionsFingerprintTest {

    private static final JobOptions BASE = JobOptions.DEFAULT;

    @Test
    void everyOptionThatChangesTheResultChangesTheFingerprint() {
        List<JobOptions> variants = List.of(BASE,
                new JobOptions(Optional.of("small"), OutputKind.CUTOUT, 0xFFFFFF, true, false, false, Optional.empty()),
                new JobOptions(Optional.empty(), OutputKind.MASK, 0xFFFFFF, true, false, false, Optional.empty()),
                new JobOptions(Optional.empty(), OutputKind.BACKGROUND, 0x00FF00, true, false, false, Optional.empty()),
                new JobOptions(Optional.empty(), OutputKind.CUTOUT, 0xFFFFFF, false, false, false, Optional.empty()),
                new JobOptions(Optional.empty(), OutputKind.CUTOUT, 0xFFFFFF, true, true, false, Optional.empty()),
                new JobOptions(Optional.empty(), OutputKind.CUTOUT, 0xFFFFFF, true, false, true, Optional.empty()),
                flags(Map.of("crop", "subject")),
                flags(Map.of("crop", "subject", "margin", "5%")),
                flags(Map.of("canvas", "2000x2000")),
                flags(Map.of("canvas", "2000x2000", "align", "bottom")),
                flags(Map.of("format", "webp")),
                flags(Map.of("format", "jpeg", "jpeg-quality", "80")));

        assertThat(variants.stream().map(OptionsFingerprint::of).distinct()).hasSize(variants.size());
    }

    private static JobOptions flags(Map<String, String> flags) {
        return JobOptionsParser.fromFlags(option -> Optional.ofNullable(flags.get(option.field())));
    }

    @Test
    void theFileNameOnlyNamesADownloadAndLeavesTheFingerprintAlone() {
        JobOptions named = new JobOptions(Optional.empty(), OutputKind.CUTOUT, 0xFFFFFF, true, false, false,
                Optional.of("photo.jpg"));

        assertThat(OptionsFingerprint.of(named)).isEqualTo(OptionsFingerprint.of(BASE));
    }

    @Test
    void readsAsTheOptionsItStandsFor() {
        assertThat(OptionsFingerprint.of(BASE))
                .isEqualTo("model=default;output=cutout;background=#ffffff;decontaminate=true;careful=false;matting=false");
    }
}
