package dev.cutout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.engine.pipeline.CutoutOptions;
import dev.cutout.engine.pipeline.compose.ComposeOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors are caught before any model is loaded. */
class RemoveCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void unknownModelIsAUsageErrorThatNamesTheChoicesAndHowToGetMore() throws IOException {
        Path photo = Files.createFile(dir.resolve("a.jpg"));

        int exit = command().run(photo.toString(), "--model", "large");

        assertThat(exit).isEqualTo(RemoveCommand.EXIT_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cutout remove: Unknown model 'large' (available here: ",
                "./cutout fetch-models", "./cutout models add FILE.onnx --descriptor D.json");
    }

    @Test
    void missingPhotoIsAUsageErrorWithTheUsage() {
        int exit = command().run(dir.resolve("nope.jpg").toString());

        assertThat(exit).isEqualTo(RemoveCommand.EXIT_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such photo", "Usage: ./cutout remove");
    }

    @Test
    void flagsBecomeTheSamePipelineOptionsAJobWouldGet() {
        assertThat(RemoveCommand.options(RemoveArguments.parse("a.jpg")))
                .isEqualTo(new CutoutOptions(ComposeOptions.cutout(true), false, false));
        assertThat(RemoveCommand.options(RemoveArguments.parse("a.jpg", "--background", "#1E90FF", "--no-decontaminate")))
                .isEqualTo(new CutoutOptions(ComposeOptions.background(0x1E90FF, false), false, false));
        assertThat(RemoveCommand.options(RemoveArguments.parse("a.jpg", "--mask", "--careful")))
                .isEqualTo(new CutoutOptions(ComposeOptions.mask(), true, false));
        assertThat(RemoveCommand.options(RemoveArguments.parse("a.jpg", "--matting")))
                .isEqualTo(new CutoutOptions(ComposeOptions.cutout(true), false, true));
    }

    private RemoveCommand command() {
        return new RemoveCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
