package dev.cutout.image.hostile;

import static dev.cutout.contract.ErrorCode.CORRUPT_IMAGE;
import static dev.cutout.contract.ErrorCode.TOO_MANY_PIXELS;
import static dev.cutout.contract.ErrorCode.UNSUPPORTED_FORMAT;

import dev.cutout.image.TestImages;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** PNGs: every colour type, cuts, flips, lying headers, deflate bombs, CRC errors, hostile metadata chunks. */
final class PngEntries {

    /** 1 MiB of bomb body inflates to a little over 1 GB of zeros. */
    static final int BOMB_BODY = 1 << 20;
    private static final String FLIP = "a flipped bit in deflated data may still inflate; one in a header is refused";
    private static final String CRC = "ImageIO does not check chunk CRCs (as browsers do not); a stricter decoder may refuse";
    private static final String META = "an ancillary chunk Cutout cannot use may be ignored or refused; never a crash";

    private PngEntries() {
    }

    static List<HostileFile> all() {
        byte[] png = TestImages.write(Samples.photo(), "png");
        List<HostileFile> files = new ArrayList<>();
        files.add(new HostileFile("png-rgb.png", "PNG, 8-bit RGB 64x48", png, Expected.accept()));
        files.add(new HostileFile("png-named.jpg", "PNG named .jpg (type by content)", png, Expected.accept()));
        files.add(new HostileFile("png-16bit-rgba.png", "PNG, 16-bit RGBA",
                RawPng.image(32, 32, 16, RawPng.RGBA, 32 * 8, 256), Expected.accept()));
        files.add(new HostileFile("png-grey-alpha.png", "PNG, 8-bit grey+alpha",
                RawPng.image(32, 32, 8, RawPng.GREY_ALPHA, 32 * 2, 256), Expected.accept()));
        files.add(new HostileFile("png-palette-trns.png", "PNG, palette + tRNS", palette(4, 4), Expected.accept()));
        files.add(new HostileFile("png-palette-index-out-of-range.png", "PNG, indices past a 4-colour palette",
                palette(4, 256), Expected.either("the spec leaves out-of-range indices to the decoder", CORRUPT_IMAGE)));
        files.add(new HostileFile("png-grey-1bit.png", "PNG, 1-bit grey",
                RawPng.image(64, 8, 1, RawPng.GREY, 8, 256), Expected.accept()));
        files.add(new HostileFile("png-1x1.png", "PNG, 1x1", RawPng.image(1, 1, 8, RawPng.RGB, 3, 256), Expected.accept()));
        files.add(new HostileFile("png-20000x1.png", "PNG, 20000x1",
                RawPng.image(20_000, 1, 8, RawPng.RGB, 60_000, 251), Expected.accept()));
        files.add(new HostileFile("png-1x20000.png", "PNG, 1x20000",
                RawPng.image(1, 20_000, 8, RawPng.RGB, 3, 251), Expected.accept()));
        files.add(new HostileFile("png-truncated-half.png", "PNG cut in half", Mutations.truncate(png, png.length / 2),
                Expected.refuse(CORRUPT_IMAGE)));
        files.add(new HostileFile("png-truncated-in-ihdr.png", "PNG cut inside IHDR", Mutations.truncate(png, 20),
                Expected.refuse(CORRUPT_IMAGE)));
        for (int seed = 1; seed <= 2; seed++) {
            files.add(new HostileFile("png-bitflip-" + seed + ".png", "PNG with 8 flipped bits",
                    Mutations.flipBits(png, 8, 8, seed), Expected.either(FLIP, CORRUPT_IMAGE, TOO_MANY_PIXELS)));
        }
        byte[] badSignature = png.clone();
        badSignature[1] = 'Q';
        files.add(new HostileFile("png-wrong-magic.png", "PNG signature with one byte wrong", badSignature,
                Expected.refuse(UNSUPPORTED_FORMAT)));
        files.add(new HostileFile("png-100000x100000.png", "PNG header claiming 100000x100000",
                TestImages.pngHeaderOnly(100_000, 100_000, 8, RawPng.RGBA), Expected.refuse(TOO_MANY_PIXELS)));
        files.add(new HostileFile("png-rows-2147483647.png", "PNG header claiming 2^31-1 rows",
                TestImages.pngHeaderOnly(1, Integer.MAX_VALUE, 8, RawPng.RGBA), Expected.refuse(TOO_MANY_PIXELS)));
        files.add(new HostileFile("png-width-2147483647.png", "PNG header claiming 2^31-1 columns",
                TestImages.pngHeaderOnly(Integer.MAX_VALUE, 1, 8, RawPng.RGBA), Expected.refuse(TOO_MANY_PIXELS)));
        files.add(new HostileFile("png-width-negative.png", "PNG header with width 2^31 (negative as int)",
                TestImages.pngHeaderOnly(Integer.MIN_VALUE, 1, 8, RawPng.RGB), Expected.refuse(CORRUPT_IMAGE)));
        files.add(new HostileFile("png-bitdepth-7.png", "PNG header with bit depth 7",
                TestImages.pngHeaderOnly(10, 10, 7, RawPng.RGB), Expected.refuse(CORRUPT_IMAGE)));
        files.add(new HostileFile("png-no-idat.png", "PNG with IHDR and IEND only",
                TestImages.pngHeaderOnly(10, 10, 8, RawPng.RGB), Expected.refuse(CORRUPT_IMAGE)));
        byte[] bomb = DeflateBomb.zlibZeros(BOMB_BODY);
        files.add(new HostileFile("png-bomb-past-image-end.png", "PNG 64x64 whose IDAT inflates to 1 GB",
                RawPng.png(RawPng.ihdr(64, 64, 8, RawPng.GREY), bomb),
                Expected.either("the rows the header asks for are there (black); the decoder may stop there or refuse the rest", CORRUPT_IMAGE)));
        files.add(new HostileFile("png-bomb-over-limit.png", "PNG 20000x20000 whose IDAT inflates to 1 GB",
                RawPng.png(RawPng.ihdr(20_000, 20_000, 8, RawPng.GREY), bomb), Expected.refuse(TOO_MANY_PIXELS)));
        byte[] small = RawPng.image(16, 16, 8, RawPng.RGB, 48, 256);
        files.add(new HostileFile("png-bomb-in-iccp.png", "PNG with an iCCP profile inflating to 1 GB",
                withChunk(small, RawPng.compressedChunk("iCCP", "icc", bomb)), Expected.either(META, CORRUPT_IMAGE)));
        files.add(new HostileFile("png-bomb-in-ztxt.png", "PNG with a zTXt text inflating to 1 GB",
                withChunk(small, RawPng.compressedChunk("zTXt", "Comment", bomb)), Expected.either(META, CORRUPT_IMAGE)));
        byte[] noise = new byte[300];
        new Random(7).nextBytes(noise);
        files.add(new HostileFile("png-iccp-broken.png", "PNG with an iCCP profile of noise",
                withChunk(small, RawPng.compressedChunk("iCCP", "icc", RawPng.deflate(noise))), Expected.either(META, CORRUPT_IMAGE)));
        files.add(new HostileFile("png-iccp-not-deflate.png", "PNG with an iCCP that is not zlib",
                withChunk(small, RawPng.compressedChunk("iCCP", "icc", noise)), Expected.either(META, CORRUPT_IMAGE)));
        files.add(new HostileFile("png-crc-idat.png", "PNG with a CRC error in IDAT", RawPng.breakCrc(png, "IDAT"),
                Expected.either(CRC, CORRUPT_IMAGE)));
        files.add(new HostileFile("png-crc-ihdr.png", "PNG with a CRC error in IHDR", RawPng.breakCrc(png, "IHDR"),
                Expected.either(CRC, CORRUPT_IMAGE)));
        files.add(new HostileFile("png-exif-ifd-loop.png", "PNG, eXIf IFDs pointing to themselves",
                withChunk(small, TestImages.pngChunk("eXIf", HostileMetadata.exifIfdLoop())), Expected.accept()));
        files.add(new HostileFile("png-exif-bad-offset.png", "PNG, eXIf IFD0 offset past the end",
                withChunk(small, TestImages.pngChunk("eXIf", HostileMetadata.exifBadOffset())), Expected.accept()));
        files.add(new HostileFile("png-one-byte-idat-chunks.png", "PNG whose pixels come in one-byte IDAT chunks",
                splitIdat(RawPng.image(64, 48, 8, RawPng.RGB, 64 * 3, 256)), Expected.accept()));
        return files;
    }

    /** A palette of {@code colours} entries with a tRNS making the first one transparent; indices run up to {@code modulo}. */
    private static byte[] palette(int colours, int modulo) {
        byte[] plte = new byte[colours * 3];
        for (int i = 0; i < plte.length; i++) {
            plte[i] = (byte) (i * 40);
        }
        byte[] trns = new byte[colours];
        Arrays.fill(trns, (byte) 255);
        trns[0] = 0;
        return RawPng.image(32, 32, 8, RawPng.PALETTE, 32, modulo,
                TestImages.pngChunk("PLTE", plte), TestImages.pngChunk("tRNS", trns));
    }

    /** The chunk inserted right after IHDR (signature 8 + IHDR 25 bytes). */
    private static byte[] withChunk(byte[] png, byte[] chunk) {
        int afterIhdr = 8 + 25;
        return TestImages.concat(Arrays.copyOf(png, afterIhdr), chunk, Arrays.copyOfRange(png, afterIhdr, png.length));
    }

    /** The single IDAT of {@code png} re-sent as one chunk per byte of its zlib stream. */
    private static byte[] splitIdat(byte[] png) {
        int typeAt = Mutations.indexOf(png, "IDAT");
        int length = java.nio.ByteBuffer.wrap(png, typeAt - 4, 4).getInt();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, typeAt - 4);
        for (int i = 0; i < length; i++) {
            out.writeBytes(TestImages.pngChunk("IDAT", new byte[] {png[typeAt + 4 + i]}));
        }
        int end = typeAt + 4 + length + 4;
        out.write(png, end, png.length - end);
        return out.toByteArray();
    }
}
