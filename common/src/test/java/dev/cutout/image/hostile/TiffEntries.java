package dev.cutout.image.hostile;

import static dev.cutout.contract.ErrorCode.CORRUPT_IMAGE;
import static dev.cutout.contract.ErrorCode.TOO_MANY_PIXELS;

import dev.cutout.image.TestImages;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** TIFFs: a valid one damaged, hand-built IFDs with huge sizes, a loop, an absurd strip count, data past the end. */
final class TiffEntries {

    private static final short SHORT = 3;
    private static final short LONG = 4;
    private static final int PIXELS = 64;
    private static final String DAMAGE = "a TIFF's strips are raw: a cut or a flip may just give wrong rows, or be refused";

    private TiffEntries() {
    }

    static List<HostileFile> all() {
        byte[] tiff = TestImages.write(Samples.photo(), "tiff");
        List<HostileFile> files = new ArrayList<>();
        files.add(new HostileFile("tiff-rgb.tif", "TIFF, RGB 64x48 (ImageIO)", tiff, Expected.accept()));
        files.add(new HostileFile("tiff-grey-handmade.tif", "TIFF, 8x8 grey, one strip", grey(8, 8, 1, 8, 0), Expected.accept()));
        files.add(new HostileFile("tiff-truncated-half.tif", "TIFF cut in half", Mutations.truncate(tiff, tiff.length / 2),
                Expected.either(DAMAGE, CORRUPT_IMAGE)));
        files.add(new HostileFile("tiff-bitflip.tif", "TIFF with 8 flipped bits", Mutations.flipBits(tiff, 4, 8, 2),
                Expected.either(DAMAGE, CORRUPT_IMAGE, TOO_MANY_PIXELS)));
        files.add(new HostileFile("tiff-100000x100000.tif", "TIFF IFD claiming 100000x100000",
                grey(100_000, 100_000, 1, 8, 0), Expected.refuse(TOO_MANY_PIXELS)));
        files.add(new HostileFile("tiff-rows-2147483647.tif", "TIFF IFD claiming 2^31-1 rows",
                grey(1, Integer.MAX_VALUE, 1, 8, 0), Expected.refuse(TOO_MANY_PIXELS)));
        files.add(new HostileFile("tiff-ifd-loop.tif", "TIFF whose next IFD is itself", grey(8, 8, 1, 8, 8),
                Expected.either("Cutout reads the first image only; a reader that walks the chain must stop", CORRUPT_IMAGE)));
        files.add(new HostileFile("tiff-strip-count-1g.tif", "TIFF claiming 2^30-1 strip offsets",
                grey(8, 8, 0x3FFF_FFFF, 8, 0), Expected.refuse(CORRUPT_IMAGE)));
        files.add(new HostileFile("tiff-strip-past-end.tif", "TIFF whose strip lies 2 GB in",
                grey(8, 8, 1, 0x7FFF_FFF0L, 0), Expected.refuse(CORRUPT_IMAGE)));
        files.add(new HostileFile("tiff-ifd-past-end.tif", "TIFF whose first IFD lies 2 GB in",
                Mutations.putU32be(tiff, 4, 0x7FFF_FFF0L), Expected.refuse(CORRUPT_IMAGE)));
        return files;
    }

    /**
     * A big-endian 8-bit grey TIFF with {@value #PIXELS} bytes of pixels. {@code stripCount} above 1 claims
     * an offset table that is not there; {@code stripOffset} 8 means "right after the IFD".
     */
    private static byte[] grey(long width, long height, long stripCount, long stripOffset, long nextIfd) {
        int entries = 9;
        int ifdLength = 2 + entries * 12 + 4;
        long dataAt = stripOffset == 8 ? 8 + ifdLength : stripOffset;
        ByteBuffer b = ByteBuffer.allocate(8 + ifdLength + PIXELS);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        b.putShort((short) entries);
        entry(b, 256, LONG, 1, width);
        entry(b, 257, LONG, 1, height);
        shortEntry(b, 258, 8);
        shortEntry(b, 259, 1);
        shortEntry(b, 262, 1);
        entry(b, 273, LONG, stripCount, dataAt);
        shortEntry(b, 277, 1);
        entry(b, 278, LONG, 1, height);
        entry(b, 279, LONG, stripCount, Math.min(PIXELS, width * height));
        b.putInt((int) nextIfd);
        for (int i = 0; i < PIXELS; i++) {
            b.put((byte) (i * 4));
        }
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, short type, long count, long value) {
        b.putShort((short) tag).putShort(type).putInt((int) count).putInt((int) value);
    }

    private static void shortEntry(ByteBuffer b, int tag, int value) {
        b.putShort((short) tag).putShort(SHORT).putInt(1).putShort((short) value).putShort((short) 0);
    }
}
