package dev.cutout.image;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/** The few libheif C functions Cutout calls, mapped by JNA; see libheif's heif.h for their contracts. */
interface LibHeif extends Library {

    int HEIF_ERROR_OK = 0;
    int HEIF_ERROR_UNSUPPORTED_FEATURE = 4;
    int HEIF_COLORSPACE_RGB = 1;
    int HEIF_CHROMA_INTERLEAVED_RGB = 10;
    int HEIF_CHROMA_INTERLEAVED_RGBA = 11;
    int HEIF_CHANNEL_INTERLEAVED = 10;

    /** libheif returns {@code struct heif_error} by value from most calls. */
    @Structure.FieldOrder({"code", "subcode", "message"})
    class HeifError extends Structure implements Structure.ByValue {
        public int code;
        public int subcode;
        public String message;

        boolean ok() {
            return code == HEIF_ERROR_OK;
        }
    }

    Pointer heif_context_alloc();

    void heif_context_free(Pointer context);

    /** The memory must outlive the context: libheif keeps pointing into it. {@code size} is a size_t (64-bit here). */
    HeifError heif_context_read_from_memory_without_copy(Pointer context, Pointer memory, long size, Pointer options);

    HeifError heif_context_get_primary_image_handle(Pointer context, PointerByReference handle);

    int heif_image_handle_get_width(Pointer handle);

    int heif_image_handle_get_height(Pointer handle);

    int heif_image_handle_has_alpha_channel(Pointer handle);

    void heif_image_handle_release(Pointer handle);

    HeifError heif_decode_image(Pointer handle, PointerByReference image, int colorspace, int chroma, Pointer options);

    Pointer heif_image_get_plane_readonly(Pointer image, int channel, IntByReference stride);

    int heif_image_get_width(Pointer image, int channel);

    int heif_image_get_height(Pointer image, int channel);

    void heif_image_release(Pointer image);
}
