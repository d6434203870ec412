package dev.cutout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cutout.contract.Alignment;
import dev.cutout.contract.Canvas;
import dev.cutout.contract.Layout;
import dev.cutout.contract.Margin;
import dev.cutout.contract.OutputFormat;
import dev.cutout.contract.ResultFormat;
import dev.cutout.engine.pipeline.CutoutOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopFlagsTest {

    @Test
    void readsTheLayoutAndFormatFlags() {
        RemoveArguments args = RemoveArguments.parse("photo.jpg", "--crop", "subject", "--margin", "5%",
                "--canvas", "2000x2000", "--align", "bottom", "--format", "webp");

        assertThat(args.layout()).isEqualTo(new Layout(true, Margin.percent(5),
                Optional.of(new Canvas(2000, 2000, Alignment.BOTTOM))));
        assertThat(args.format()).isEqualTo(ResultFormat.of(OutputFormat.WEBP));
    }

    @Test
    void withoutShopFlagsTheOptionsAreTodays() {
        RemoveArguments args = RemoveArguments.parse("photo.jpg");

        assertThat(args.layout()).isEqualTo(Layout.NONE);
        assertThat(args.format()).isEqualTo(ResultFormat.PNG);
        assertThat(RemoveCommand.options(args)).isEqualTo(CutoutOptions.DEFAULT);
    }

    @Test
    void aJpegCutOutIsFlattenedOnTheBackgroundFlag() {
        CutoutOptions options = RemoveCommand.options(RemoveArguments.parse("photo.jpg", "--format", "jpeg",
                "--jpeg-quality", "70", "--background", "#102030"));

        assertThat(options.format()).isEqualTo(ResultFormat.jpeg(70));
        assertThat(options.compose().background()).isEqualTo(0x102030);
    }

    @Test
    void aCanvasJobFlattensInTheLayoutStep() {
        CutoutOptions options = RemoveCommand.options(RemoveArguments.parse("photo.jpg", "--crop", "subject",
                "--canvas", "800x600", "--format", "jpeg"));

        assertThat(options.layout().background()).isEqualTo(OptionalInt.of(0xFFFFFF));
        assertThat(options.layout().canvas()).contains(new Canvas(800, 600, Alignment.CENTER));
    }

    @Test
    void badShopFlagsAreRefusedNamingTheFlag() {
        assertThatThrownBy(() -> RemoveArguments.parse("a.jpg", "--canvas", "huge"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--canvas must be width x height in pixels like 2000x2000, not 'huge'");
        assertThatThrownBy(() -> RemoveArguments.parse("a.jpg", "--format", "gif"))
                .hasMessage("--format must be png, webp or jpeg, not 'gif'");
        assertThatThrownBy(() -> RemoveArguments.parse("a.jpg", "--align", "bottom"))
                .hasMessage("--align needs a canvas (e.g. --canvas 2000x2000)");
        assertThatThrownBy(() -> RemoveArguments.parse("a.jpg", "--mask", "--crop", "subject"))
                .hasMessageContaining("not to a mask");
        assertThatThrownBy(() -> RemoveArguments.parse("a.jpg", "--jpeg-quality"))
                .hasMessage("--jpeg-quality needs a value");
    }

    @Test
    void theOutputsExtensionFollowsTheFormat(@TempDir Path dir) throws IOException {
        Path photo = Files.write(dir.resolve("shoe.jpg"), new byte[] {1});
        Path folder = Files.createDirectories(dir.resolve("photos"));
        Files.write(folder.resolve("a.png"), new byte[] {1});

        assertThat(RemovePlan.of(photo, Optional.empty(), "webp").items().get(0).target())
                .isEqualTo(dir.resolve("shoe_no_bg.webp"));
        assertThat(RemovePlan.of(folder, Optional.of(dir.resolve("out")), "jpg").items().get(0).target())
                .isEqualTo(dir.resolve("out").resolve("a.jpg"));
        assertThat(RemovePlan.of(photo, Optional.of(dir.resolve("mine.png")), "jpg").items().get(0).target())
                .as("a name the user chose is kept").isEqualTo(dir.resolve("mine.png"));
    }
}
