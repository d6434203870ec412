package dev.cutout.image.hostile;

import static dev.cutout.contract.ErrorCode.CORRUPT_IMAGE;
import static dev.cutout.contract.ErrorCode.TOO_MANY_PIXELS;

import dev.cutout.image.TestImages;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** BMPs: a valid one damaged, headers claiming huge or impossible sizes, an absurd palette, data past the end. */
final class BmpEntries {

    private static final int HEADERS = 14 + 40;
    private static final String JDK_SIZE = "the JDK's BMP reader refuses a size whose pixel data cannot exist"
            + " (more than 2^31 bytes, or past the end of the file) while reading the header, before Cutout's limit";
    private static final String DAMAGE = "a BMP's pixels are raw: a cut or a flip may just give wrong rows, or be refused";

    private BmpEntries() {
    }

    static List<HostileFile> all() {
        byte[] bmp = TestImages.write(Samples.photo(), "bmp");
        List<HostileFile> files = new ArrayList<>();
        files.add(new HostileFile("bmp-24bit.bmp", "BMP, 24-bit 64x48", bmp, Expected.accept()));
        files.add(new HostileFile("bmp-truncated-half.bmp", "BMP cut in half", Mutations.truncate(bmp, bmp.length / 2),
                Expected.either(DAMAGE, CORRUPT_IMAGE)));
        files.add(new HostileFile("bmp-bitflip-header.bmp", "BMP with 4 flipped bits in its headers",
                flipHeader(bmp), Expected.either(DAMAGE, CORRUPT_IMAGE, TOO_MANY_PIXELS)));
        files.add(new HostileFile("bmp-100000x100000.bmp", "BMP header claiming 100000x100000",
                bmp(100_000, 100_000, 24, 0, HEADERS), Expected.refuseAnyOf(JDK_SIZE, TOO_MANY_PIXELS, CORRUPT_IMAGE)));
        files.add(new HostileFile("bmp-rows-2147483647.bmp", "BMP header claiming 2^31-1 rows",
                bmp(1, Integer.MAX_VALUE, 24, 0, HEADERS), Expected.refuseAnyOf(JDK_SIZE, TOO_MANY_PIXELS, CORRUPT_IMAGE)));
        files.add(new HostileFile("bmp-height-min-int.bmp", "BMP height -2^31 (top-down; |h| overflows)",
                bmp(1, Integer.MIN_VALUE, 24, 0, HEADERS),
                Expected.refuseAnyOf("-2^31 has no positive twin: impossible or too big, either is honest", CORRUPT_IMAGE, TOO_MANY_PIXELS)));
        files.add(new HostileFile("bmp-palette-2147483647.bmp", "8-bit BMP claiming 2^31-1 palette colours",
                bmp(8, 8, 8, Integer.MAX_VALUE, HEADERS + 1024), Expected.either(
                        "a reader may cap the palette at 256 and decode, or refuse", CORRUPT_IMAGE)));
        files.add(new HostileFile("bmp-pixels-past-end.bmp", "BMP whose pixel offset is 2 GB in",
                bmp(8, 8, 24, 0, 0x7FFF_FFF0), Expected.refuse(CORRUPT_IMAGE)));
        return files;
    }

    /** File and info headers with these fields, then 256 bytes of pixels (far fewer than claimed for the big ones). */
    private static byte[] bmp(int width, int height, int bitsPerPixel, int coloursUsed, int pixelOffset) {
        int data = 256 + (bitsPerPixel == 8 ? 1024 : 0);
        ByteBuffer b = ByteBuffer.allocate(HEADERS + data).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'B').put((byte) 'M').putInt(HEADERS + data).putInt(0).putInt(pixelOffset);
        b.putInt(40).putInt(width).putInt(height).putShort((short) 1).putShort((short) bitsPerPixel)
                .putInt(0).putInt(0).putInt(2835).putInt(2835).putInt(coloursUsed).putInt(0);
        return b.array();
    }

    private static byte[] flipHeader(byte[] bmp) {
        byte[] header = Mutations.flipBits(java.util.Arrays.copyOf(bmp, HEADERS), 2, 4, 5);
        return TestImages.concat(header, java.util.Arrays.copyOfRange(bmp, HEADERS, bmp.length));
    }
}
