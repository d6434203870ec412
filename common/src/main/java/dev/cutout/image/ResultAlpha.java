package dev.cutout.image;

import dev.cutout.contract.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The alpha of an earlier result, which a refine corrects: a cut-out PNG's alpha channel, or a mask
 * PNG's grey. A result flattened on a background has none. Read from the PNG's header first, so a
 * gateway can refuse without decoding.
 *
 * @param alpha row-major, one byte per pixel
 */
public record ResultAlpha(int width, int height, byte[] alpha) {

    /** What the earlier result holds. */
    public enum Source { ALPHA, GREY, NONE }

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int COLOUR_TYPE_AT = 25;
    private static final int GREY = 0;
    private static final int GREY_ALPHA = 4;
    private static final int RGBA = 6;
    private static final int PALETTE = 3;

    /** From the PNG's IHDR alone; a palette PNG counts as alpha only when it carries a tRNS chunk. */
    public static Source source(byte[] png) {
        if (png.length <= COLOUR_TYPE_AT || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)
                || !"IHDR".equals(new String(png, 12, 4, StandardCharsets.US_ASCII))) {
            throw new ImageException(ErrorCode.INVALID_HINTS, "The earlier result is not a PNG");
        }
        return switch (png[COLOUR_TYPE_AT]) {
            case GREY -> Source.GREY;
            case GREY_ALPHA, RGBA -> Source.ALPHA;
            case PALETTE -> contains(png, "tRNS") ? Source.ALPHA : Source.NONE;
            default -> Source.NONE;
        };
    }

    /** @throws ImageException {@link ErrorCode#INVALID_HINTS} when the result has no alpha to refine */
    public static ResultAlpha read(ImageDecoder decoder, byte[] png) {
        Source source = source(png);
        if (source == Source.NONE) {
            throw new ImageException(ErrorCode.INVALID_HINTS,
                    "The earlier result was flattened on a background, so it has no alpha to refine");
        }
        RgbaImage image = decoder.decode(png);
        int[] argb = image.argb();
        byte[] alpha = new byte[argb.length];
        int shift = source == Source.ALPHA ? 24 : 8; // grey: the green channel equals the grey
        for (int i = 0; i < argb.length; i++) {
            alpha[i] = (byte) (argb[i] >>> shift);
        }
        return new ResultAlpha(image.width(), image.height(), alpha);
    }

    private static boolean contains(byte[] bytes, String chunk) {
        byte[] name = chunk.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + name.length <= bytes.length; i++) {
            for (int j = 0; j < name.length; j++) {
                if (bytes[i + j] != name[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
