package dev.cutout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RemoveArgumentsTest {

    @Test
    void defaultsToATransparentDecontaminatedCutOut() {
        RemoveArguments args = RemoveArguments.parse("photo.jpg");

        assertThat(args.input()).isEqualTo(Path.of("photo.jpg"));
        assertThat(args.output()).isEmpty();
        assertThat(args.model()).isEmpty();
        assertThat(args.mask()).isFalse();
        assertThat(args.background()).isEmpty();
        assertThat(args.decontaminate()).isTrue();
        assertThat(args.careful()).isFalse();
    }

    @Test
    void readsEveryOption() {
        RemoveArguments args = RemoveArguments.parse("./photos", "-o", "./cutouts", "--model", "small",
                "--background", "#FF8000", "--no-decontaminate", "--careful");

        assertThat(args.output()).contains(Path.of("./cutouts"));
        assertThat(args.model()).contains("small");
        assertThat(args.background()).hasValue(0xFF8000);
        assertThat(args.decontaminate()).isFalse();
        assertThat(args.careful()).isTrue();
    }

    @Test
    void keepsQualityAsTheOldNameOfCareful() {
        assertThat(RemoveArguments.parse("photo.jpg", "--quality").careful()).isTrue();
        assertThat(RemoveArguments.USAGE).contains("--careful", "--quality").contains("deprecated");
    }

    @Test
    void refusesABackgroundThatIsNotAHexColour() {
        assertThatThrownBy(() -> RemoveArguments.parse("a.jpg", "--background", "orange"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("#rrggbb");
    }

    @Test
    void readsTheBackgroundAndModelAsAJobsOptionsAreRead() {
        assertThat(RemoveArguments.parse("a.jpg", "--background", "1e90ff").background()).hasValue(0x1E90FF);
        assertThat(RemoveArguments.parse("a.jpg", "--model", "SMALL").model()).contains("small");
        assertThatThrownBy(() -> RemoveArguments.parse("a.jpg", "--background", "orange"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--background must look like #rrggbb, not 'orange'");
        // Any name: the catalogue is asked when the engine starts (RemoveCommandTest).
        assertThat(RemoveArguments.parse("a.jpg", "--model", "U2netp").model()).contains("u2netp");
        assertThatThrownBy(() -> RemoveArguments.parse("a.jpg", "--model", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--model needs a model name");
    }

    @Test
    void refusesAnOptionWithoutItsValue() {
        assertThatThrownBy(() -> RemoveArguments.parse("a.jpg", "-o"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-o needs a value");
    }

    @Test
    void refusesMaskTogetherWithBackground() {
        assertThatThrownBy(() -> RemoveArguments.parse("a.jpg", "--mask", "--background", "#ffffff"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAMissingInput() {
        assertThatThrownBy(() -> RemoveArguments.parse("--mask"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name a photo");
    }
}
