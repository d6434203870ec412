package dev.cutout.image.webp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.image.RgbaImage;
import org.junit.jupiter.api.Test;

class EntropyImageTest {

    @Test
    void blocksWithVeryDifferentStatisticsGetTheirOwnGroups() {
        RgbaImage image = WebpImages.twoHalves(256, 256, 1);
        TokenStream tokens = new BackwardReferences(8).find(image.argb(), 256);
        int[] hits = new int[tokens.count()];
        ColourCache.lookups(tokens, image.argb(), 0, hits);

        EntropyImage.Result result = new EntropyImage(8).cluster(tokens, hits, 0, 256, 256);

        assertThat(result.groups()).isGreaterThan(1);
        int topLeft = result.groupOfBlock()[0];
        int bottomLeft = result.groupOfBlock()[(result.blocksHigh() - 1) * result.blocksWide()];
        assertThat(topLeft).isNotEqualTo(bottomLeft);
    }

    @Test
    void groupIndicesAreStoredInRedAndGreenOfTheEntropyImage() {
        EntropyImage.Result result = new EntropyImage.Result(4, 2, 1, new int[] {0, 300}, 301);

        assertThat(result.asPixels()).containsExactly(0xFF000000, 0xFF000000 | 1 << 16 | 44 << 8);
    }

    @Test
    void theEntropyImageShrinksAnImageOfTwoHalves() {
        RgbaImage image = WebpImages.twoHalves(256, 256, 2);
        // no predictor: residuals of noise look alike in both halves
        Vp8lSettings one = new Vp8lSettings(false, false, 3, false, 5, true, 8, true, 1);
        Vp8lSettings eight = new Vp8lSettings(false, false, 3, false, 5, true, 8, true, 8);

        int single = new WebpWriter(one).rgba(image).length;
        int grouped = new WebpWriter(eight).rgba(image).length;

        assertThat((double) grouped / single).isLessThan(0.9);
    }
}
