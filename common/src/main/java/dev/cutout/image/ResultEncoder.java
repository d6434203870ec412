package dev.cutout.image;

import dev.cutout.contract.ResultFormat;
import dev.cutout.image.webp.WebpWriter;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** The encode step: a result image in the format the job asked for (PNG, lossless WebP, or JPEG at its quality). */
public final class ResultEncoder {

    private final PngWriter png;
    private final WebpWriter webp;

    public ResultEncoder() {
        this(new PngWriter(), new WebpWriter());
    }

    public ResultEncoder(PngWriter png, WebpWriter webp) {
        this.png = png;
        this.webp = webp;
    }

    /**
     * A colour image; PNG keeps alpha only when the image has any, as before. JPEG has no alpha, so an image
     * with alpha is refused: the pipeline flattens a JPEG's cut-out on its background first.
     */
    public byte[] colour(RgbaImage image, ResultFormat format) {
        return switch (format.format()) {
            case PNG -> image.hasAlpha() ? png.rgba(image) : png.rgb(image);
            case WEBP -> webp.rgba(image);
            case JPEG -> {
                if (image.hasAlpha()) {
                    throw new IllegalArgumentException("JPEG has no alpha: flatten the image on a colour first");
                }
                BufferedImage rgb = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
                int[] target = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
                System.arraycopy(image.argb(), 0, target, 0, target.length); // TYPE_INT_RGB ignores the top byte
                yield jpeg(rgb, format.jpegQuality());
            }
        };
    }

    /** An 8-bit mask: grey PNG or JPEG; WebP has no grey mode, so the mask goes as opaque grey RGB. */
    public byte[] grey(int width, int height, byte[] grey, ResultFormat format) {
        return switch (format.format()) {
            case PNG -> png.grey(width, height, grey);
            case WEBP -> webp.rgba(opaqueGrey(width, height, grey));
            case JPEG -> {
                BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
                byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                System.arraycopy(grey, 0, target, 0, target.length);
                yield jpeg(image, format.jpegQuality());
            }
        };
    }

    private static RgbaImage opaqueGrey(int width, int height, byte[] grey) {
        int[] argb = new int[grey.length];
        for (int i = 0; i < argb.length; i++) {
            int g = grey[i] & 0xFF;
            argb[i] = 0xFF000000 | g << 16 | g << 8 | g;
        }
        return new RgbaImage(width, height, argb, false);
    }

    /** Baseline JPEG at {@code quality} percent, written in memory (never through ImageIO's file cache). */
    private static byte[] jpeg(BufferedImage image, int quality) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IllegalStateException("no JPEG writer on the class path");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the JPEG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
