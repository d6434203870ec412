package dev.cutout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.engine.SharedFiles;
import dev.cutout.image.TestImages;
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

/** {@code ./cutout remove} end to end with the real model: a folder in, a folder out, bad files reported. */
class RemoveCommandIT {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void folderInFolderOutSkipsWhatIsNotAnImageAndSaysSo() throws IOException {
        Path photos = Files.createDirectory(dir.resolve("photos"));
        BufferedImage car = TestImages.read(SharedFiles.evalImage("fg-car-2__bg-studio.png"));
        Files.write(photos.resolve("car.jpg"), TestImages.write(TestImages.scaled(car, 360, 240), "jpeg"));
        Files.write(photos.resolve("plant.png"), Files.readAllBytes(SharedFiles.evalImage("fg-plants-1__bg-sea-cliff.png")));
        Files.writeString(photos.resolve("notes.txt"), "not a photo");
        Path cutouts = dir.resolve("cutouts");

        int exit = command().run(photos.toString(), "-o", cutouts.toString(), "--mask");

        assertThat(exit).isEqualTo(RemoveCommand.EXIT_SOME_FAILED);
        BufferedImage carMask = ImageIO.read(cutouts.resolve("car.png").toFile());
        assertThat(carMask.getWidth()).isEqualTo(360);
        assertThat(carMask.getHeight()).isEqualTo(240);
        assertThat(carMask.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(Files.exists(cutouts.resolve("plant.png"))).isTrue();
        assertThat(Files.exists(cutouts.resolve("notes.png"))).isFalse();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("skipped", "notes.txt", "not an image format");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 of 3 photos");
    }

    @Test
    void onePhotoWritesATransparentPngBesideIt() throws IOException {
        Path photo = dir.resolve("car.jpg");
        BufferedImage car = TestImages.read(SharedFiles.evalImage("fg-car-2__bg-studio.png"));
        Files.write(photo, TestImages.write(TestImages.scaled(car, 300, 200), "jpeg"));

        int exit = command().run(photo.toString(), "--model", "small");

        assertThat(exit).isEqualTo(RemoveCommand.EXIT_OK);
        BufferedImage cut = ImageIO.read(dir.resolve("car_no_bg.png").toFile());
        assertThat(cut.getColorModel().hasAlpha()).isTrue();
        assertThat(cut.getWidth()).isEqualTo(300);
        assertThat(cut.getRGB(0, 0) >>> 24).as("studio corner is background").isLessThan(16);
    }

    @Test
    void missingModelFolderFailsWithTheOneLineFix() throws IOException {
        System.setProperty("cutout.model-dir", dir.resolve("empty").toString());
        try {
            Path photo = dir.resolve("a.png");
            Files.write(photo, TestImages.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png"));

            int exit = command().run(photo.toString());

            assertThat(exit).isEqualTo(RemoveCommand.EXIT_SOME_FAILED);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("fetch-models").doesNotContain("Exception");
        } finally {
            System.clearProperty("cutout.model-dir");
        }
    }

    private RemoveCommand command() {
        return new RemoveCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
