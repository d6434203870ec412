package dev.cutout.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cutout.contract.ErrorCode;
import org.junit.jupiter.api.Test;

class ResultAlphaTest {

    private final PngWriter writer = new PngWriter();
    private final ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);

    @Test
    void readsTheAlphaOfACutOut() {
        int[] argb = {0x00FF0000, 0x80123456, 0xFF00FF00, 0x01FFFFFF};
        byte[] png = writer.rgba(new RgbaImage(2, 2, argb, true));

        assertThat(ResultAlpha.source(png)).isEqualTo(ResultAlpha.Source.ALPHA);
        ResultAlpha alpha = ResultAlpha.read(decoder, png);
        assertThat(alpha.width()).isEqualTo(2);
        assertThat(alpha.alpha()).containsExactly(0, 0x80, 0xFF, 1);
    }

    @Test
    void readsTheGreyOfAMask() {
        byte[] png = writer.grey(3, 1, new byte[] {0, (byte) 200, (byte) 255});

        assertThat(ResultAlpha.source(png)).isEqualTo(ResultAlpha.Source.GREY);
        assertThat(ResultAlpha.read(decoder, png).alpha()).containsExactly(0, 200, 255);
    }

    @Test
    void refusesAResultFlattenedOnABackgroundAndAnythingNotAPng() {
        byte[] flat = writer.rgb(new RgbaImage(1, 1, new int[] {0xFFFFFFFF}, false));

        assertThat(ResultAlpha.source(flat)).isEqualTo(ResultAlpha.Source.NONE);
        assertThatThrownBy(() -> ResultAlpha.read(decoder, flat)).isInstanceOfSatisfying(ImageException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_HINTS));
        assertThatThrownBy(() -> ResultAlpha.source(new byte[40])).isInstanceOfSatisfying(ImageException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_HINTS));
    }
}
