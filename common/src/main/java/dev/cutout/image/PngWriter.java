package dev.cutout.image;

import com.pngencoder.PngEncoder;
import com.pngencoder.PngEncoderSrgbRenderingIntent;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Encodes pixels to PNG with a multi-threaded deflater, writing an sRGB chunk and no other metadata.
 *
 * <p>ImageIO's PNG writer deflates on one thread and is several times slower at 12+ MP; pngencoder
 * splits the IDAT stream into segments compressed in parallel. The pixel arrays are wrapped, not copied.
 */
public final class PngWriter {

    /** zlib level 4: measured to be the knee of size vs time for photo cut-outs (see README benchmarks). */
    public static final int DEFAULT_COMPRESSION_LEVEL = 4;

    private static final int[] RGB_MASKS = {0x00FF0000, 0x0000FF00, 0x000000FF};
    private static final int[] ARGB_MASKS = {0x00FF0000, 0x0000FF00, 0x000000FF, 0xFF000000};

    private final int compressionLevel;

    public PngWriter() {
        this(DEFAULT_COMPRESSION_LEVEL);
    }

    public PngWriter(int compressionLevel) {
        if (compressionLevel < 0 || compressionLevel > 9) {
            throw new IllegalArgumentException("compression level must be 0..9, got " + compressionLevel);
        }
        this.compressionLevel = compressionLevel;
    }

    /** A true-colour RGBA PNG (never a palette PNG: palettes quantise soft edges). */
    public byte[] rgba(RgbaImage image) {
        return encode(packed(image.width(), image.height(), image.argb(), ARGB_MASKS,
                ColorModel.getRGBdefault()));
    }

    /** An opaque RGB PNG; the alpha byte of each int is ignored. */
    public byte[] rgb(RgbaImage image) {
        return encode(packed(image.width(), image.height(), image.argb(), RGB_MASKS,
                new DirectColorModel(24, RGB_MASKS[0], RGB_MASKS[1], RGB_MASKS[2])));
    }

    /** An 8-bit greyscale PNG, e.g. an alpha mask. */
    public byte[] grey(int width, int height, byte[] grey) {
        if ((long) width * height != grey.length) {
            throw new IllegalArgumentException("grey array does not match " + width + "x" + height);
        }
        WritableRaster raster = Raster.createInterleavedRaster(
                new DataBufferByte(grey, grey.length), width, height, width, 1, new int[] {0}, null);
        ColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY),
                false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        return encode(new BufferedImage(model, raster, false, null));
    }

    private static BufferedImage packed(int width, int height, int[] pixels, int[] masks, ColorModel model) {
        WritableRaster raster = Raster.createPackedRaster(
                new DataBufferInt(pixels, pixels.length), width, height, width, masks, null);
        return new BufferedImage(model, raster, false, null);
    }

    private byte[] encode(BufferedImage image) {
        return new PngEncoder()
                .withBufferedImage(image)
                .withCompressionLevel(compressionLevel)
                .withMultiThreadedCompressionEnabled(true)
                .withPredictorEncoding(true)
                .withSrgbRenderingIntent(PngEncoderSrgbRenderingIntent.PERCEPTUAL)
                .toBytes();
    }
}
