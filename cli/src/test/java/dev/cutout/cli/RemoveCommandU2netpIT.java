package dev.cutout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.engine.SharedFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./cutout remove --model u2netp}: the second model family through the whole pipeline, from the catalogue by name. */
class RemoveCommandU2netpIT {

    private static final String PHOTO = "fg-car-2__bg-studio.png";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void cutsOutAnEvalPhotoAtThePhotosSizeWithU2netp() throws IOException {
        Path photo = Files.copy(SharedFiles.evalImage(PHOTO), dir.resolve(PHOTO));
        BufferedImage source = ImageIO.read(photo.toFile());
        Path cutout = dir.resolve("car.png");

        int exit = new RemoveCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(photo.toString(), "-o", cutout.toString(), "--model", "u2netp");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(RemoveCommand.EXIT_OK);
        BufferedImage cut = ImageIO.read(cutout.toFile());
        assertThat(cut.getWidth()).isEqualTo(source.getWidth());
        assertThat(cut.getHeight()).isEqualTo(source.getHeight());
        assertThat(cut.getColorModel().hasAlpha()).isTrue();
        assertThat(cut.getRGB(0, 0) >>> 24).as("studio corner is background").isLessThan(16);
        assertThat(cut.getRGB(source.getWidth() / 2, source.getHeight() / 2) >>> 24).as("the car's middle is kept")
                .isGreaterThan(240);
    }
}
