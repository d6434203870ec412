package dev.cutout.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchPlanTest {

    @TempDir
    Path root;

    private void touch(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {1});
    }

    @Test
    void subFoldersAreMirroredUnderTheOutputFolderWithRemovesNames() throws IOException {
        touch("photos/shoes/red.jpg");
        touch("photos/bags/tote.webp");
        touch("photos/top.png");

        BatchPlan plan = BatchPlan.of(root.resolve("photos"), root.resolve("out"));

        assertThat(plan.photos()).extracting(BatchPlan.Photo::input)
                .containsExactly("bags/tote.webp", "shoes/red.jpg", "top.png");
        assertThat(plan.photos()).extracting(BatchPlan.Photo::output)
                .containsExactly("bags/tote.png", "shoes/red.png", "top.png");
        assertThat(plan.photos().get(1).target()).isEqualTo(root.resolve("out/shoes/red.png").toAbsolutePath());
    }

    @Test
    void resultsTakeTheExtensionOfTheAskedFormat() throws IOException {
        touch("photos/shoes/red.jpg");
        touch("photos/shoes/red.png");

        BatchPlan plan = BatchPlan.of(root.resolve("photos"), root.resolve("out"), "webp");

        assertThat(plan.photos()).extracting(BatchPlan.Photo::output)
                .containsExactly("shoes/red.webp", "shoes/red.png.webp");
    }

    @Test
    void twoPhotosWithOneStemInOneFolderKeepApartAsRemoveKeepsThem() throws IOException {
        touch("photos/a/photo.jpg");
        touch("photos/a/photo.png");
        touch("photos/b/photo.jpg");

        BatchPlan plan = BatchPlan.of(root.resolve("photos"), root.resolve("out"));

        assertThat(plan.photos()).extracting(BatchPlan.Photo::output)
                .containsExactly("a/photo.png", "a/photo.png.png", "b/photo.png");
    }

    @Test
    void hiddenFilesAndFoldersAndAnOutputFolderInsideTheInputAreLeftOut() throws IOException {
        touch("photos/keep.jpg");
        touch("photos/.DS_Store");
        touch("photos/.cache/old.jpg");
        touch("photos/out/keep.png");

        BatchPlan plan = BatchPlan.of(root.resolve("photos"), root.resolve("photos/out"));

        assertThat(plan.photos()).extracting(BatchPlan.Photo::input).containsExactly("keep.jpg");
    }

    @Test
    void oneFileIsRefusedWithAPointerToRemove() throws IOException {
        touch("photo.jpg");

        assertThatThrownBy(() -> BatchPlan.of(root.resolve("photo.jpg"), root.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("./cutout remove");
    }
}
