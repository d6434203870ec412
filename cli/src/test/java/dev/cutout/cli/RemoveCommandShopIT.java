package dev.cutout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.engine.SharedFiles;
import dev.cutout.image.FormatDetector;
import dev.cutout.image.ImageFormat;
import dev.cutout.image.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./cutout remove} with the shop layout and format flags, end to end with the real (small) model. */
class RemoveCommandShopIT {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path photo;

    @BeforeEach
    void writePhoto() throws IOException {
        photo = dir.resolve("car.jpg");
        BufferedImage car = TestImages.read(SharedFiles.evalImage("fg-car-2__bg-studio.png"));
        Files.write(photo, TestImages.write(TestImages.scaled(car, 300, 200), "jpeg"));
    }

    @Test
    void layoutFlagsGiveACanvasOfThatSizeWithTheSubjectStandingOnTheBottomMargin() throws IOException {
        int exit = command().run(photo.toString(), "--model", "small", "--crop", "subject", "--margin", "5%",
                "--canvas", "800x800", "--align", "bottom");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(RemoveCommand.EXIT_OK);
        BufferedImage out800 = ImageIO.read(dir.resolve("car_no_bg.png").toFile());
        assertThat(out800.getWidth()).isEqualTo(800);
        assertThat(out800.getHeight()).isEqualTo(800);
        assertThat(out800.getRGB(0, 0) >>> 24).isZero();
        assertThat(out800.getRGB(799, 799) >>> 24).as("inside the bottom margin").isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("car_no_bg.png", "800x800");
    }

    @Test
    void jpegFlagsWriteAnOpaqueJpgOfThePhotoSize() throws IOException {
        int exit = command().run(photo.toString(), "--model", "small", "--format", "jpeg", "--jpeg-quality", "85");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(RemoveCommand.EXIT_OK);
        Path jpg = dir.resolve("car_no_bg.jpg");
        assertThat(FormatDetector.detect(Files.readAllBytes(jpg))).contains(ImageFormat.JPEG);
        BufferedImage jpeg = ImageIO.read(jpg.toFile());
        assertThat(jpeg.getWidth()).isEqualTo(300);
        assertThat(jpeg.getHeight()).isEqualTo(200);
        assertThat(jpeg.getRGB(0, 0) & 0xFFFFFF).as("the studio flattened on white").isGreaterThan(0xE0E0E0);
    }

    /** Needs the real WebpWriter (another branch); the stub in this build throws. */
    @Test
    void webpFlagWritesALosslessWebpBesideThePhotoWebp() throws IOException {
        int exit = command().run(photo.toString(), "--model", "small", "--format", "webp");

        assertThat(exit).isEqualTo(RemoveCommand.EXIT_OK);
        BufferedImage webp = ImageIO.read(dir.resolve("car_no_bg.webp").toFile());
        assertThat(webp.getWidth()).isEqualTo(300);
        assertThat(webp.getColorModel().hasAlpha()).isTrue();
    }

    private RemoveCommand command() {
        return new RemoveCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
