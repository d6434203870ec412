package dev.cutout.gateway.batches;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.contract.OutputFormat;
import org.junit.jupiter.api.Test;

class EntryNamesTest {

    @Test
    void namesTheResultAfterTheEntryPathKeepingItsFolders() {
        assertThat(EntryNames.output("a/b.jpg", OutputFormat.PNG)).isEqualTo("a/b_no_bg.png");
        assertThat(EntryNames.output("photo.large.webp", OutputFormat.PNG)).isEqualTo("photo.large_no_bg.png");
        assertThat(EntryNames.output("noext", OutputFormat.PNG)).isEqualTo("noext_no_bg.png");
        assertThat(EntryNames.numbered("a/b_no_bg.png", 2)).isEqualTo("a/b_no_bg-2.png");
        assertThat(EntryNames.output("a/b.png", OutputFormat.WEBP)).isEqualTo("a/b_no_bg.webp");
        assertThat(EntryNames.output("a/b.png", OutputFormat.JPEG)).isEqualTo("a/b_no_bg.jpg");
        assertThat(EntryNames.numbered("a/b_no_bg.jpg", 3)).isEqualTo("a/b_no_bg-3.jpg");
    }

    @Test
    void acceptsPlainRelativePathsAndRefusesEverythingThatCouldClimbOut() {
        assertThat(EntryNames.unsafe("shop/spring/shoe 1.jpg")).isEmpty();
        assertThat(EntryNames.unsafe("a..b/c..jpg")).isEmpty();
        assertThat(EntryNames.unsafe("..")).isPresent();
        assertThat(EntryNames.unsafe("a/../b.jpg")).isPresent();
        assertThat(EntryNames.unsafe("./b.jpg")).isPresent();
        assertThat(EntryNames.unsafe("/b.jpg")).isPresent();
        assertThat(EntryNames.unsafe("c:b.jpg")).isPresent();
        assertThat(EntryNames.unsafe("a\\b.jpg")).isPresent();
        assertThat(EntryNames.unsafe("a\u0000b.jpg")).isPresent();
        assertThat(EntryNames.unsafe("")).isPresent();
    }
}
