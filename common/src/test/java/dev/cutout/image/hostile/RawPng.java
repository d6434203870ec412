package dev.cutout.image.hostile;

import dev.cutout.image.TestImages;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/** PNGs assembled chunk by chunk, for the colour types and damage ImageIO's writer cannot produce. */
final class RawPng {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    static final int GREY = 0;
    static final int RGB = 2;
    static final int PALETTE = 3;
    static final int GREY_ALPHA = 4;
    static final int RGBA = 6;

    private RawPng() {
    }

    static byte[] ihdr(int width, int height, int bitDepth, int colourType) {
        ByteBuffer data = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) bitDepth).put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0);
        return TestImages.pngChunk("IHDR", data.array());
    }

    /** Signature, IHDR, the extra chunks, one IDAT of {@code zlib}, IEND. */
    static byte[] png(byte[] ihdr, byte[] zlib, byte[]... beforeIdat) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SIGNATURE);
        out.writeBytes(ihdr);
        for (byte[] chunk : beforeIdat) {
            out.writeBytes(chunk);
        }
        out.writeBytes(TestImages.pngChunk("IDAT", zlib));
        out.writeBytes(TestImages.pngChunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** A whole image: {@code height} unfiltered rows of {@code rowBytes} patterned bytes, deflated. */
    static byte[] image(int width, int height, int bitDepth, int colourType, int rowBytes, int modulo, byte[]... beforeIdat) {
        byte[] raw = new byte[height * (rowBytes + 1)];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < rowBytes; x++) {
                raw[y * (rowBytes + 1) + 1 + x] = (byte) (((x * 7) + (y * 13)) % modulo);
            }
        }
        return png(ihdr(width, height, bitDepth, colourType), deflate(raw), beforeIdat);
    }

    static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** A compressed chunk (iCCP, zTXt): keyword, NUL, compression method 0, then the zlib stream. */
    static byte[] compressedChunk(String type, String keyword, byte[] zlib) {
        byte[] name = keyword.getBytes(StandardCharsets.ISO_8859_1);
        return TestImages.pngChunk(type, TestImages.concat(name, new byte[] {0, 0}, zlib));
    }

    /** The file with the CRC of the first chunk of {@code type} inverted. */
    static byte[] breakCrc(byte[] png, String type) {
        int typeAt = Mutations.indexOf(png, type);
        int length = ByteBuffer.wrap(png, typeAt - 4, 4).getInt();
        byte[] out = png.clone();
        int crcAt = typeAt + 4 + length;
        for (int i = 0; i < 4; i++) {
            out[crcAt + i] ^= (byte) 0xFF;
        }
        return out;
    }
}
