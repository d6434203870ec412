package dev.cutout.image.hostile;

import static dev.cutout.contract.ErrorCode.CORRUPT_IMAGE;
import static dev.cutout.contract.ErrorCode.TOO_MANY_PIXELS;

import dev.cutout.image.RgbaImage;
import dev.cutout.image.TestImages;
import dev.cutout.image.webp.WebpWriter;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** WebPs: lossless (ours) and lossy (cwebp, when installed), damaged, with lying sizes and hostile chunks. */
final class WebpEntries {

    private static final int RIFF_HEADER = 12;
    private static final String FLIP = "a flipped bit in entropy-coded data may still decode; one in a header is refused";

    private WebpEntries() {
    }

    static List<HostileFile> all() {
        BufferedImage photo = Samples.photo();
        int[] argb = photo.getRGB(0, 0, photo.getWidth(), photo.getHeight(), null, 0, photo.getWidth());
        byte[] webp = new WebpWriter().rgba(new RgbaImage(photo.getWidth(), photo.getHeight(), argb, false));
        List<HostileFile> files = new ArrayList<>();
        files.add(new HostileFile("webp-lossless.webp", "WebP, lossless 64x48", webp, Expected.accept()));
        Optional<byte[]> lossy = ExternalTool.encode("cwebp", photo, "webp", "-quiet", "-q", "80");
        lossy.ifPresent(bytes -> {
            files.add(new HostileFile("webp-lossy.webp", "WebP, lossy (cwebp)", bytes, Expected.accept()));
            files.add(new HostileFile("webp-lossy-truncated.webp", "lossy WebP cut in half",
                    fixRiffSize(Mutations.truncate(bytes, bytes.length / 2)), Expected.refuse(CORRUPT_IMAGE)));
        });
        files.add(new HostileFile("webp-truncated-half.webp", "WebP cut in half", Mutations.truncate(webp, webp.length / 2),
                Expected.refuse(CORRUPT_IMAGE)));
        for (int seed = 1; seed <= 2; seed++) {
            files.add(new HostileFile("webp-bitflip-" + seed + ".webp", "WebP with 8 flipped bits",
                    Mutations.flipBits(webp, RIFF_HEADER, 8, seed), Expected.either(FLIP, CORRUPT_IMAGE, TOO_MANY_PIXELS)));
        }
        files.add(new HostileFile("webp-vp8l-16384x16384.webp", "VP8L header claiming 16384x16384",
                vp8lSize(webp, 16_384, 16_384), Expected.refuse(TOO_MANY_PIXELS)));
        files.add(new HostileFile("webp-vp8x-canvas-16m.webp", "VP8X canvas claiming 16777216x16777216",
                withChunkFirst(webp, vp8x()), Expected.refuseAnyOf(
                        "the canvas is too big, and disagrees with the bitstream: either is honest", TOO_MANY_PIXELS, CORRUPT_IMAGE)));
        files.add(new HostileFile("webp-riff-size-lie.webp", "WebP whose RIFF size claims 4 GB",
                Mutations.putU32le(webp, 4, 0xFFFF_FFF0L), Expected.either("the chunks are all there; the size lies", CORRUPT_IMAGE)));
        files.add(new HostileFile("webp-exif-ifd-loop.webp", "WebP, EXIF chunk with IFDs pointing to themselves",
                withChunkLast(webp, chunk("EXIF", HostileMetadata.exifIfdLoop())), Expected.accept()));
        return files;
    }

    /** The VP8L bitstream's 14-bit width-1 and height-1 fields replaced, alpha hint and version kept. */
    private static byte[] vp8lSize(byte[] webp, int width, int height) {
        int at = Mutations.indexOf(webp, "VP8L") + 8 + 1; // chunk header, then the 0x2F signature
        ByteBuffer b = ByteBuffer.wrap(webp.clone()).order(ByteOrder.LITTLE_ENDIAN);
        int bits = b.getInt(at);
        bits = (bits & 0xF000_0000) | ((height - 1) << 14) | (width - 1);
        b.putInt(at, bits);
        return b.array();
    }

    private static byte[] vp8x() {
        ByteBuffer b = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0); // no flags
        b.put((byte) 0xFF).put((byte) 0xFF).put((byte) 0xFF); // canvas width - 1, 24 bits
        b.put((byte) 0xFF).put((byte) 0xFF).put((byte) 0xFF);
        return chunk("VP8X", b.array());
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        b.put(type.getBytes(StandardCharsets.ISO_8859_1)).putInt(data.length).put(data);
        return b.array();
    }

    private static byte[] withChunkFirst(byte[] webp, byte[] chunk) {
        return fixRiffSize(TestImages.concat(Arrays.copyOf(webp, RIFF_HEADER), chunk,
                Arrays.copyOfRange(webp, RIFF_HEADER, webp.length)));
    }

    private static byte[] withChunkLast(byte[] webp, byte[] chunk) {
        return fixRiffSize(TestImages.concat(webp, chunk));
    }

    private static byte[] fixRiffSize(byte[] webp) {
        return Mutations.putU32le(webp, 4, webp.length - 8L);
    }
}
