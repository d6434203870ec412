package dev.cutout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemovePlanTest {

    @TempDir
    Path dir;

    @Test
    void onePhotoGoesBesideItselfWithTheNoBgSuffix() throws IOException {
        Path photo = Files.createFile(dir.resolve("holiday.photo.jpg"));

        RemovePlan plan = RemovePlan.of(photo, Optional.empty());

        assertThat(plan.items()).containsExactly(
                new RemovePlan.Item(photo, dir.resolve("holiday.photo_no_bg.png")));
    }

    @Test
    void onePhotoIntoAnExistingFolderKeepsItsName() throws IOException {
        Path photo = Files.createFile(dir.resolve("cat.heic"));
        Path out = Files.createDirectory(dir.resolve("out"));

        assertThat(RemovePlan.of(photo, Optional.of(out)).items().get(0).target())
                .isEqualTo(out.resolve("cat_no_bg.png"));
    }

    @Test
    void aFolderMapsEveryVisibleFileAndKeepsClashingNamesApart() throws IOException {
        Path photos = Files.createDirectory(dir.resolve("photos"));
        Files.createFile(photos.resolve("a.jpg"));
        Files.createFile(photos.resolve("a.png"));
        Files.createFile(photos.resolve(".DS_Store"));
        Files.createDirectory(photos.resolve("nested"));
        Path out = dir.resolve("cutouts");

        RemovePlan plan = RemovePlan.of(photos, Optional.of(out));

        assertThat(plan.items()).containsExactly(
                new RemovePlan.Item(photos.resolve("a.jpg"), out.resolve("a.png")),
                new RemovePlan.Item(photos.resolve("a.png"), out.resolve("a.png.png")));
    }

    @Test
    void aFolderWithoutOutputGoesToASiblingFolder() throws IOException {
        Path photos = Files.createDirectory(dir.resolve("photos"));
        Files.createFile(photos.resolve("b.webp"));

        assertThat(RemovePlan.of(photos, Optional.empty()).items().get(0).target())
                .isEqualTo(dir.resolve("photos_no_bg").resolve("b.png"));
    }

    @Test
    void refusesAPathThatDoesNotExist() {
        assertThatThrownBy(() -> RemovePlan.of(dir.resolve("missing.jpg"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such photo");
    }
}
