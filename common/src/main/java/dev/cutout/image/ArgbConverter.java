package dev.cutout.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DataBufferUShort;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;

/**
 * Turns a decoded BufferedImage into packed sRGB ARGB ints, reading raster arrays directly for the
 * layouts decoders actually produce and falling back to getRGB for anything unusual.
 */
final class ArgbConverter {

    private static final ColorSpace SRGB = ColorSpace.getInstance(ColorSpace.CS_sRGB);
    // The JDK labels every grey PNG/JPEG CS_GRAY (linear), yet the samples are gamma-encoded like sRGB: copy them as is.
    private static final ColorSpace JDK_GRAY = ColorSpace.getInstance(ColorSpace.CS_GRAY);

    private ArgbConverter() {
    }

    static RgbaImage toSrgb(BufferedImage decoded) {
        BufferedImage image = inSrgb(decoded);
        int w = image.getWidth();
        int h = image.getHeight();
        boolean hasAlpha = decoded.getColorModel().hasAlpha();
        int[] argb = new int[Math.multiplyExact(w, h)];
        if (!copyDirect(image, argb)) {
            image.getRGB(0, 0, w, h, argb, 0, w);
        }
        return new RgbaImage(w, h, argb, hasAlpha);
    }

    /** Converts embedded-profile and CMYK images to sRGB; sRGB and plain grey pass through untouched. */
    private static BufferedImage inSrgb(BufferedImage image) {
        ColorModel cm = image.getColorModel();
        ColorSpace cs = cm.getColorSpace();
        if (cs == SRGB || cs.isCS_sRGB() || cs == JDK_GRAY || cm instanceof IndexColorModel) {
            return image;
        }
        int type = cm.hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage srgb = new BufferedImage(image.getWidth(), image.getHeight(), type);
        new ColorConvertOp(null).filter(image, srgb);
        return srgb;
    }

    private static boolean copyDirect(BufferedImage image, int[] out) {
        WritableRaster raster = image.getRaster();
        if (raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0
                || raster.getDataBuffer().getNumBanks() != 1 || raster.getDataBuffer().getOffset() != 0) {
            return false;
        }
        ColorModel cm = image.getColorModel();
        SampleModel sm = raster.getSampleModel();
        DataBuffer buffer = raster.getDataBuffer();
        if (cm instanceof DirectColorModel && buffer instanceof DataBufferInt ints
                && sm instanceof SinglePixelPackedSampleModel packed && packed.getScanlineStride() == image.getWidth()) {
            return copyPackedInts(image.getType(), ints.getData(), out);
        }
        if (cm instanceof IndexColorModel icm && buffer instanceof DataBufferByte bytes
                && sm instanceof ComponentSampleModel csm && csm.getPixelStride() == 1 && icm.getPixelSize() == 8) {
            InterleavedPixels.indexed(bytes.getData(), csm.getScanlineStride(), image.getWidth(), image.getHeight(), lut(icm), out);
            return true;
        }
        if (cm instanceof ComponentColorModel && !cm.isAlphaPremultiplied() && sm instanceof ComponentSampleModel csm
                && InterleavedPixels.isSingleBank(csm) && fullWidthSamples(cm, buffer)) {
            BandLayout layout = BandLayout.of(csm.getBandOffsets(), cm.hasAlpha());
            if (layout == null) {
                return false;
            }
            if (buffer instanceof DataBufferByte bytes) {
                InterleavedPixels.bytes(bytes.getData(), csm, layout, out);
                return true;
            }
            if (buffer instanceof DataBufferUShort shorts) {
                InterleavedPixels.shorts(shorts.getData(), csm, layout, out);
                return true;
            }
        }
        return false;
    }

    private static boolean copyPackedInts(int type, int[] data, int[] out) {
        if (type == BufferedImage.TYPE_INT_ARGB) {
            System.arraycopy(data, 0, out, 0, out.length);
            return true;
        }
        if (type == BufferedImage.TYPE_INT_RGB) {
            for (int i = 0; i < out.length; i++) {
                out[i] = 0xFF000000 | data[i];
            }
            return true;
        }
        return false;
    }

    /** Samples must fill their storage type (8 in a byte, 16 in a short) for the direct loops to scale them right. */
    private static boolean fullWidthSamples(ColorModel cm, DataBuffer buffer) {
        int bits = DataBuffer.getDataTypeSize(buffer.getDataType());
        for (int size : cm.getComponentSize()) {
            if (size != bits) {
                return false;
            }
        }
        return true;
    }

    private static int[] lut(IndexColorModel icm) {
        int[] lut = new int[256];
        icm.getRGBs(lut); // entries past the map size stay 0 (transparent black), as the spec of a bad index allows
        return lut;
    }
}
