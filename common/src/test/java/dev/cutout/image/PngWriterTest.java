package dev.cutout.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngWriterTest {

    private final PngWriter writer = new PngWriter();

    @Test
    void rgbaRoundTripsEveryChannelBitForBit() throws IOException {
        int[] argb = new Random(7).ints(37 * 23).toArray();
        byte[] png = writer.rgba(new RgbaImage(37, 23, argb.clone(), true));

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getColorModel().hasAlpha()).isTrue();
        assertThat(back.getRGB(0, 0, 37, 23, null, 0, 37)).containsExactly(argb);
    }

    @Test
    void rgbWritesAnOpaqueImageIgnoringTheAlphaByte() throws IOException {
        int[] argb = {0x00112233, 0x80445566, 0xFF778899, 0x12ABCDEF};
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(writer.rgb(new RgbaImage(2, 2, argb, false))));

        assertThat(back.getColorModel().hasAlpha()).isFalse();
        assertThat(back.getRGB(0, 0, 2, 2, null, 0, 2))
                .containsExactly(0xFF112233, 0xFF445566, 0xFF778899, 0xFFABCDEF);
    }

    @Test
    void greyWritesOneChannelWithTheGivenValues() throws IOException {
        byte[] grey = {0, (byte) 64, (byte) 128, (byte) 255, (byte) 1, (byte) 254};
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(writer.grey(3, 2, grey)));

        assertThat(back.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        int[] values = back.getRaster().getPixels(0, 0, 3, 2, (int[]) null);
        assertThat(values).containsExactly(0, 64, 128, 255, 1, 254);
    }

    @Test
    void writesAnSrgbChunkAndNoMetadataChunks() {
        byte[] png = writer.rgba(new RgbaImage(4, 4, new int[16], true));

        assertThat(chunkTypes(png)).contains("IHDR", "sRGB", "IDAT", "IEND")
                .doesNotContain("eXIf", "tEXt", "iTXt", "zTXt", "iCCP", "PLTE");
    }

    private static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        int at = 8;
        while (at + 8 <= png.length) {
            int length = ((png[at] & 0xFF) << 24) | ((png[at + 1] & 0xFF) << 16)
                    | ((png[at + 2] & 0xFF) << 8) | (png[at + 3] & 0xFF);
            types.add(new String(png, at + 4, 4, StandardCharsets.US_ASCII));
            at += 12 + length;
        }
        return types;
    }
}
