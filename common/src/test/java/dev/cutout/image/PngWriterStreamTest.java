package dev.cutout.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Checks the zlib stream itself (ImageIO ignores the Adler-32 and chunk CRCs) on images spanning many bands. */
class PngWriterStreamTest {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 700;

    private final Random random = new Random(5);

    @Test
    void aCutoutSpanningManyBandsRoundTripsThroughImageIoAndAVerifyingInflater() throws Exception {
        assertThat(ParallelDeflate.bandCount(HEIGHT, Runtime.getRuntime().availableProcessors())).isGreaterThan(1);
        int[] argb = cutoutLike(WIDTH, HEIGHT);
        byte[] png = new PngWriter().rgba(new RgbaImage(WIDTH, HEIGHT, argb.clone(), true));

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertSameArrays(back.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH), argb);
        assertSameArrays(rawRows(png, 4), rawRgba(argb));
    }

    @Test
    void everyCompressionLevelWritesTheSamePixels() throws Exception {
        int[] argb = cutoutLike(300, 260);
        byte[] expected = rawRgba(argb);
        for (int level = 0; level <= 9; level++) {
            byte[] png = new PngWriter(level).rgba(new RgbaImage(300, 260, argb, true));
            assertSameArrays(rawRows(png, 4), expected);
        }
    }

    @Test
    void rgbDropsTheAlphaByteAcrossManyBands() throws Exception {
        int[] argb = cutoutLike(WIDTH, HEIGHT);
        byte[] png = new PngWriter().rgb(new RgbaImage(WIDTH, HEIGHT, argb, false));

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getColorModel().hasAlpha()).isFalse();
        int[] opaque = argb.clone();
        for (int i = 0; i < opaque.length; i++) {
            opaque[i] |= 0xFF000000;
        }
        assertSameArrays(back.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH), opaque);
        assertThat(rawRows(png, 3).length).isEqualTo(WIDTH * HEIGHT * 3);
    }

    @Test
    void greyMaskAcrossManyBandsRoundTrips() throws Exception {
        byte[] grey = new byte[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = y % 3 == 0 ? WIDTH : 200; x < WIDTH - 150; x++) {
                grey[y * WIDTH + x] = (byte) (x < 230 ? random.nextInt(256) : 255);
            }
        }
        byte[] png = new PngWriter().grey(WIDTH, HEIGHT, grey.clone());

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertSameArrays(rawRows(png, 1), grey);
    }

    @Test
    void aSingleRowAndASinglePixelEncode() throws Exception {
        int[] row = random.ints(513).toArray();
        byte[] wide = new PngWriter().rgba(new RgbaImage(513, 1, row.clone(), true));
        assertThat(ImageIO.read(new ByteArrayInputStream(wide)).getRGB(0, 0, 513, 1, null, 0, 513)).containsExactly(row);
        assertThat(rawRows(wide, 4)).containsExactly(rawRgba(row));

        byte[] pixel = new PngWriter().rgba(new RgbaImage(1, 1, new int[] {0x80FF0102}, true));
        assertThat(ImageIO.read(new ByteArrayInputStream(pixel)).getRGB(0, 0)).isEqualTo(0x80FF0102);
        assertThat(rawRows(pixel, 4)).containsExactly((byte) 0xFF, 1, 2, (byte) 0x80);

        byte[] greyPixel = new PngWriter().grey(1, 1, new byte[] {(byte) 200});
        assertThat(rawRows(greyPixel, 1)).containsExactly((byte) 200);
    }

    /** Reports the first differing index: AssertJ's element diff is quadratic on arrays this large. */
    private static void assertSameArrays(int[] actual, int[] expected) {
        assertThat(Arrays.mismatch(actual, expected)).as("first differing index").isEqualTo(-1);
    }

    private static void assertSameArrays(byte[] actual, byte[] expected) {
        assertThat(Arrays.mismatch(actual, expected)).as("first differing index").isEqualTo(-1);
    }

    /** Zero rows and zero margins (transparent) around noisy and smooth pixels with soft alpha. */
    private int[] cutoutLike(int width, int height) {
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            if (y % 97 < 20) {
                continue;
            }
            int from = random.nextInt(width / 3);
            int to = width - random.nextInt(width / 3);
            for (int x = from; x < to; x++) {
                int alpha = Math.min(255, 4 * Math.min(x - from + 1, to - x));
                int rgb = y % 2 == 0 ? random.nextInt() : (x * 0x010203 + y * 0x030201);
                argb[y * width + x] = alpha << 24 | rgb & 0xFFFFFF;
            }
        }
        return argb;
    }

    private static byte[] rawRgba(int[] argb) {
        ByteBuffer raw = ByteBuffer.allocate(argb.length * 4);
        for (int v : argb) {
            raw.putInt(v << 8 | v >>> 24);
        }
        return raw.array();
    }

    /**
     * Unfiltered pixel bytes after checking every chunk CRC and inflating the IDAT data with a zlib
     * inflater, which verifies the Adler-32 trailer.
     */
    private static byte[] rawRows(byte[] png, int bpp) throws DataFormatException, IOException {
        ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        int width = 0;
        int height = 0;
        while (in.hasRemaining()) {
            int length = in.getInt();
            int start = in.position();
            String type = new String(png, start, 4, StandardCharsets.US_ASCII);
            CRC32 crc = new CRC32();
            crc.update(png, start, 4 + length);
            in.position(start + 4 + length);
            assertThat(in.getInt()).as("CRC of %s", type).isEqualTo((int) crc.getValue());
            if (type.equals("IHDR")) {
                width = ByteBuffer.wrap(png, start + 4, 8).getInt();
                height = ByteBuffer.wrap(png, start + 8, 4).getInt();
            } else if (type.equals("IDAT")) {
                idat.write(png, start + 4, length);
            }
        }
        int rowBytes = width * bpp;
        byte[] filtered = new byte[height * (rowBytes + 1)];
        Inflater inflater = new Inflater();
        inflater.setInput(idat.toByteArray());
        int n = inflater.inflate(filtered);
        byte[] spare = new byte[1];
        assertThat(inflater.finished()).as("zlib stream complete with a valid Adler-32").isTrue();
        assertThat(n).isEqualTo(filtered.length);
        assertThat(inflater.getRemaining()).isZero();
        assertThat(inflater.inflate(spare)).isZero();
        inflater.end();
        return PngUnfilter.unfilter(filtered, height, rowBytes, bpp);
    }
}
