package dev.cutout.image;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import dev.cutout.contract.ErrorCode;
import java.lang.ref.Reference;

/**
 * Decodes HEIC and AVIF in memory through libheif; libheif applies the container's rotation and mirroring
 * itself, so the result is already upright.
 */
final class HeifDecoder {

    static final String NOT_INSTALLED = "HEIC/AVIF is not supported on this server (libheif is not installed)";

    private HeifDecoder() {
    }

    static boolean available() {
        return LibHeifLoader.library().isPresent();
    }

    static ImageHeader readHeader(ImageFormat format, byte[] bytes) {
        return withPrimaryHandle(format, bytes, (heif, handle) -> header(format, heif, handle));
    }

    static RgbaImage decode(ImageFormat format, byte[] bytes, PixelLimit limit) {
        return withPrimaryHandle(format, bytes, (heif, handle) -> {
            limit.check(header(format, heif, handle));
            boolean alpha = heif.heif_image_handle_has_alpha_channel(handle) != 0;
            PointerByReference imageRef = new PointerByReference();
            int chroma = alpha ? LibHeif.HEIF_CHROMA_INTERLEAVED_RGBA : LibHeif.HEIF_CHROMA_INTERLEAVED_RGB;
            check(format, heif.heif_decode_image(handle, imageRef, LibHeif.HEIF_COLORSPACE_RGB, chroma, null));
            Pointer image = imageRef.getValue();
            try {
                return copyPixels(format, heif, image, alpha);
            } finally {
                heif.heif_image_release(image);
            }
        });
    }

    private static RgbaImage copyPixels(ImageFormat format, LibHeif heif, Pointer image, boolean alpha) {
        int width = heif.heif_image_get_width(image, LibHeif.HEIF_CHANNEL_INTERLEAVED);
        int height = heif.heif_image_get_height(image, LibHeif.HEIF_CHANNEL_INTERLEAVED);
        IntByReference stride = new IntByReference();
        Pointer plane = heif.heif_image_get_plane_readonly(image, LibHeif.HEIF_CHANNEL_INTERLEAVED, stride);
        if (plane == null || width <= 0 || height <= 0) {
            throw new ImageException(ErrorCode.CORRUPT_IMAGE, "This " + format + " file decoded to no pixels");
        }
        int channels = alpha ? 4 : 3;
        int[] argb = new int[Math.multiplyExact(width, height)];
        byte[] row = new byte[width * channels];
        int i = 0;
        for (int y = 0; y < height; y++) {
            plane.read((long) y * stride.getValue(), row, 0, row.length);
            for (int p = 0; p < row.length; p += channels) {
                int a = alpha ? row[p + 3] & 0xFF : 0xFF;
                argb[i++] = a << 24 | (row[p] & 0xFF) << 16 | (row[p + 1] & 0xFF) << 8 | (row[p + 2] & 0xFF);
            }
        }
        return new RgbaImage(width, height, argb, alpha);
    }

    private static ImageHeader header(ImageFormat format, LibHeif heif, Pointer handle) {
        int width = heif.heif_image_handle_get_width(handle);
        int height = heif.heif_image_handle_get_height(handle);
        if (width <= 0 || height <= 0) {
            throw new ImageException(ErrorCode.CORRUPT_IMAGE,
                    "This " + format + " file declares an impossible size of " + width + "x" + height);
        }
        return new ImageHeader(format, width, height);
    }

    private interface HandleTask<T> {
        T run(LibHeif heif, Pointer handle);
    }

    private static <T> T withPrimaryHandle(ImageFormat format, byte[] bytes, HandleTask<T> task) {
        LibHeif heif = LibHeifLoader.library()
                .orElseThrow(() -> new ImageException(ErrorCode.UNSUPPORTED_FORMAT, NOT_INSTALLED));
        // Native copy of the upload; libheif reads it in place ("without copy"), so it must outlive the context.
        Memory memory = new Memory(bytes.length);
        memory.write(0, bytes, 0, bytes.length);
        Pointer context = heif.heif_context_alloc();
        if (context == null) {
            throw new ImageException(ErrorCode.INTERNAL, "libheif could not allocate a decoding context");
        }
        try {
            check(format, heif.heif_context_read_from_memory_without_copy(context, memory, bytes.length, null));
            PointerByReference handleRef = new PointerByReference();
            check(format, heif.heif_context_get_primary_image_handle(context, handleRef));
            Pointer handle = handleRef.getValue();
            try {
                return task.run(heif, handle);
            } finally {
                heif.heif_image_handle_release(handle);
            }
        } finally {
            heif.heif_context_free(context);
            Reference.reachabilityFence(memory);
        }
    }

    private static void check(ImageFormat format, LibHeif.HeifError error) {
        if (error.ok()) {
            return;
        }
        String detail = " (libheif: " + error.message + ")";
        if (error.code == LibHeif.HEIF_ERROR_UNSUPPORTED_FEATURE) {
            throw new ImageException(ErrorCode.UNSUPPORTED_FORMAT,
                    "This " + format + " file uses a feature this server's libheif cannot decode" + detail);
        }
        throw new ImageException(ErrorCode.CORRUPT_IMAGE,
                "This file looks like " + format + " but is damaged or incomplete, so it cannot be read" + detail);
    }
}
