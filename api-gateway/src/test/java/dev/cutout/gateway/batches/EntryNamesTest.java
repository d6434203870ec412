package dev.cutout.gateway.batches;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntryNamesTest {

    @Test
    void namesTheResultAfterTheEntryPathKeepingItsFolders() {
        assertThat(EntryNames.output("a/b.jpg")).isEqualTo("a/b_no_bg.png");
        assertThat(EntryNames.output("photo.large.webp")).isEqualTo("photo.large_no_bg.png");
        assertThat(EntryNames.output("noext")).isEqualTo("noext_no_bg.png");
        assertThat(EntryNames.numbered("a/b_no_bg.png", 2)).isEqualTo("a/b_no_bg-2.png");
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
