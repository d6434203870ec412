package dev.cutout.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.IntBinaryOperator;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Builds test inputs in memory: images, encodings, PNG chunks and EXIF segments. */
public final class TestImages {

    public static final int RED = 0xFFFF0000;
    public static final int GREEN = 0xFF00FF00;
    public static final int BLUE = 0xFF0000FF;
    public static final int WHITE = 0xFFFFFFFF;

    private TestImages() {
    }

    /** 4x2 blocks of {@code block} pixels: top-left red, top-right green, bottom-left blue, bottom-right white. */
    public static BufferedImage corners(int block, int type) {
        int w = 4 * block;
        int h = 2 * block;
        BufferedImage image = new BufferedImage(w, h, type);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean left = x < w / 2;
                boolean top = y < h / 2;
                image.setRGB(x, y, top ? (left ? RED : GREEN) : (left ? BLUE : WHITE));
            }
        }
        return image;
    }

    public static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no JDK writer for " + format + " and " + image.getType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A raster as a JPEG with the writer's defaults: four bands make an Adobe CMYK JPEG. */
    public static byte[] jpegOfRaster(java.awt.image.Raster raster) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    public static byte[] jpeg(BufferedImage image, boolean progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
        param.setProgressiveMode(progressive ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Inserts a marker segment (e.g. APP1 Exif, APP2 ICC) right after the JPEG's SOI. */
    public static byte[] spliceAfterSoi(byte[] jpeg, int marker, byte[] payload) {
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + payload.length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** A minimal EXIF TIFF block whose IFD0 holds only the orientation tag, in either byte order. */
    public static byte[] exifTiff(int orientation, boolean littleEndian) {
        ByteBuffer b = ByteBuffer.allocate(26).order(littleEndian
                ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        b.put(littleEndian ? (byte) 'I' : (byte) 'M').put(littleEndian ? (byte) 'I' : (byte) 'M');
        b.putShort((short) 42).putInt(8).putShort((short) 1);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putInt(0);
        return b.array();
    }

    public static byte[] jpegExifSegment(byte[] tiff) {
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        return concat(header, tiff);
    }

    /** A PNG signature, an IHDR with the given fields and valid CRC, and IEND: a header without pixels. */
    public static byte[] pngHeaderOnly(int width, int height, int bitDepth, int colourType) {
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(width).putInt(height).put((byte) bitDepth).put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0);
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                pngChunk("IHDR", ihdr.array()), pngChunk("IEND", new byte[0]));
    }

    public static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    public static byte[] resource(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("/images/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource images/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int argbAt(RgbaImage image, int x, int y) {
        return image.argb()[y * image.width() + x];
    }

    /** {@code ARGB} pixels from {@code rgbAt}, all opaque. */
    public static RgbaImage opaque(int w, int h, IntBinaryOperator rgbAt) {
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = 0xFF000000 | rgbAt.applyAsInt(x, y);
            }
        }
        return new RgbaImage(w, h, argb, false);
    }

    public static int rgb(int r, int g, int b) {
        return (r << 16) | (g << 8) | b;
    }

    public static int red(int argb) {
        return (argb >>> 16) & 0xFF;
    }

    public static int green(int argb) {
        return (argb >>> 8) & 0xFF;
    }

    public static int blue(int argb) {
        return argb & 0xFF;
    }

    /** A black RGB image of this size with one red pixel in the middle, as PNG bytes. */
    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(width / 2, height / 2, 0xff0000);
        return write(image, "png");
    }

    /** A PNG that claims these dimensions (8-bit RGBA) and holds no pixels. */
    public static byte[] pngHeader(int width, int height) {
        return pngHeaderOnly(width, height, 8, 6);
    }

    /** A photo from disk, e.g. one of {@code ../shared/photos}. */
    public static BufferedImage read(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IllegalStateException("not an image: " + file);
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bilinear RGB copy at this size. */
    public static BufferedImage scaled(BufferedImage source, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    /** The JPEG with an APP1 Exif segment holding only this orientation (big-endian TIFF). */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        return spliceAfterSoi(jpeg, 0xE1, jpegExifSegment(exifTiff(orientation, false)));
    }
}
