package dev.cutout.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Writes a multi-frame GIF with the JDK's GIF writer sequence support. */
final class AnimatedGif {

    private AnimatedGif() {
    }

    static byte[] twoFrames(int size, int firstColour, int secondColour) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(solid(size, firstColour), null, null), null);
            writer.writeToSequence(new IIOImage(solid(size, secondColour), null, null), null);
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage solid(int size, int argb) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_INDEXED);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, argb);
            }
        }
        return image;
    }
}
