package dev.cutout.image.hostile;

import static dev.cutout.contract.ErrorCode.CORRUPT_IMAGE;
import static dev.cutout.contract.ErrorCode.TOO_MANY_PIXELS;
import static dev.cutout.contract.ErrorCode.UNSUPPORTED_FORMAT;

import dev.cutout.image.TestImages;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** GIFs: a valid one damaged, thousands of frames, a huge logical screen, a frame claiming 65535x65535. */
final class GifEntries {

    /** A 1x1 frame's LZW data: minimum code size 2, one sub-block of clear, index 0, end. */
    private static final byte[] ONE_PIXEL = {0x02, 0x02, 0x44, 0x01, 0x00};
    private static final int FRAMES = 5_000;
    private static final String DAMAGE = "ImageIO's GIF reader may return the rows it got (the rest background) or refuse";

    private GifEntries() {
    }

    static List<HostileFile> all() {
        BufferedImage indexed = new BufferedImage(48, 32, BufferedImage.TYPE_BYTE_INDEXED);
        Graphics2D g = indexed.createGraphics();
        g.drawImage(Samples.photo(48, 32, BufferedImage.TYPE_INT_RGB), 0, 0, null);
        g.dispose();
        byte[] gif = TestImages.write(indexed, "gif");
        List<HostileFile> files = new ArrayList<>();
        files.add(new HostileFile("gif-indexed.gif", "GIF, 48x32", gif, Expected.accept()));
        files.add(new HostileFile("gif-truncated-half.gif", "GIF cut in half", Mutations.truncate(gif, gif.length / 2),
                Expected.either(DAMAGE, CORRUPT_IMAGE)));
        files.add(new HostileFile("gif-bitflip.gif", "GIF with 8 flipped bits", Mutations.flipBits(gif, 6, 8, 1),
                Expected.either(DAMAGE, CORRUPT_IMAGE, TOO_MANY_PIXELS)));
        files.add(new HostileFile("gif-5000-frames.gif", "GIF with 5000 frames", gif(1, 1, 1, 1, FRAMES), Expected.accept()));
        files.add(new HostileFile("gif-screen-65535x65535.gif", "GIF, 1x1 frame on a 65535x65535 logical screen",
                gif(0xFFFF, 0xFFFF, 1, 1, 1),
                Expected.either("Cutout decodes the first frame, not the screen; a decoder sizing by the screen refuses",
                        TOO_MANY_PIXELS)));
        files.add(new HostileFile("gif-frame-65535x65535.gif", "GIF frame descriptor claiming 65535x65535",
                gif(0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 1), Expected.refuse(TOO_MANY_PIXELS)));
        files.add(new HostileFile("gif-no-frames.gif", "GIF with a screen and no frame", gif(16, 16, 1, 1, 0),
                Expected.refuse(CORRUPT_IMAGE)));
        files.add(new HostileFile("gif-html-polyglot.gif", "GIF magic followed by HTML",
                "GIF89a<html><script>alert(1)</script></html>".getBytes(StandardCharsets.ISO_8859_1),
                Expected.refuse(CORRUPT_IMAGE)));
        files.add(new HostileFile("gif-wrong-magic.gif", "GIF88a (no such version)",
                TestImages.concat("GIF88a".getBytes(StandardCharsets.ISO_8859_1), java.util.Arrays.copyOfRange(gif, 6, gif.length)),
                Expected.refuse(UNSUPPORTED_FORMAT)));
        return files;
    }

    /** Header, a two-colour global table, {@code frames} frames of {@code fw}x{@code fh} holding one pixel's data, trailer. */
    private static byte[] gif(int screenW, int screenH, int fw, int fh, int frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("GIF89a".getBytes(StandardCharsets.ISO_8859_1));
        le16(out, screenW);
        le16(out, screenH);
        out.writeBytes(new byte[] {(byte) 0x80, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        for (int i = 0; i < frames; i++) {
            out.write(0x2C);
            le16(out, 0);
            le16(out, 0);
            le16(out, fw);
            le16(out, fh);
            out.write(0);
            out.writeBytes(ONE_PIXEL);
        }
        out.write(0x3B);
        return out.toByteArray();
    }

    private static void le16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xFF);
        out.write((value >>> 8) & 0xFF);
    }
}
