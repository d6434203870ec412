package dev.cutout.image.webp;

import dev.cutout.contract.ErrorCode;
import dev.cutout.image.ImageException;
import dev.cutout.image.RgbaImage;

/** Encodes pixels to lossless WebP (VP8L in a RIFF container), keeping every ARGB value exactly. */
public final class WebpWriter {

    /** VP8L stores each side minus one in 14 bits. */
    public static final int MAX_SIDE = 1 << 14;

    private static final int SIGNATURE = 0x2F;
    private static final int TRANSFORM_PREDICTOR = 0;
    private static final int TRANSFORM_CROSS_COLOUR = 1;
    private static final int TRANSFORM_SUBTRACT_GREEN = 2;

    private final Vp8lSettings settings;

    public WebpWriter() {
        this(Vp8lSettings.DEFAULT);
    }

    WebpWriter(Vp8lSettings settings) {
        this.settings = settings;
    }

    /**
     * Lossless VP8L of the image's ARGB (alpha kept exactly; RGB under alpha 0 kept exactly too —
     * "exact").
     *
     * @throws ImageException {@link ErrorCode#TOO_MANY_PIXELS} when a side exceeds {@value #MAX_SIDE}
     */
    public byte[] rgba(RgbaImage image) {
        int width = image.width();
        int height = image.height();
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new ImageException(ErrorCode.TOO_MANY_PIXELS, "WebP allows at most " + MAX_SIDE
                    + " pixels per side, this image is " + width + "x" + height);
        }
        int[] pixels = image.argb().clone();
        BitWriter out = new BitWriter(pixels.length + 1024);
        out.write(SIGNATURE, 8);
        out.write(width - 1, 14);
        out.write(height - 1, 14);
        out.write(usesAlpha(pixels) ? 1 : 0, 1);
        out.write(0, 3); // version
        ImageCoder coder = new ImageCoder(settings);
        if (settings.subtractGreen()) {
            out.write(1, 1);
            out.write(TRANSFORM_SUBTRACT_GREEN, 2);
            SubtractGreen.applyInPlace(pixels);
        }
        if (settings.predictor()) {
            int bits = settings.predictorBits();
            PredictorTransform.Result predicted = PredictorTransform.apply(pixels, width, height, bits);
            out.write(1, 1);
            out.write(TRANSFORM_PREDICTOR, 2);
            out.write(bits - 2, 3);
            coder.write(out, predicted.modes(), predicted.blocksWide(), predicted.blocksHigh(), false);
            pixels = predicted.residuals();
        }
        if (settings.crossColour()) {
            int bits = settings.crossColourBits();
            CrossColourTransform.Result transformed = CrossColourTransform.applyInPlace(pixels, width, height, bits);
            out.write(1, 1);
            out.write(TRANSFORM_CROSS_COLOUR, 2);
            out.write(bits - 2, 3);
            coder.write(out, transformed.multipliers(), transformed.blocksWide(), transformed.blocksHigh(), false);
        }
        out.write(0, 1); // no further transform
        coder.write(out, pixels, width, height, true);
        return RiffContainer.wrap(out.toByteArray());
    }

    private static boolean usesAlpha(int[] argb) {
        for (int p : argb) {
            if (p >>> 24 != 0xFF) {
                return true;
            }
        }
        return false;
    }
}
