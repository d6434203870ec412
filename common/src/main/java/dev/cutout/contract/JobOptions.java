package dev.cutout.contract;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a client asks of one job, already parsed ({@link JobOptionsParser} reads it from fields, headers
 * or flags; {@link JobHeaders} writes it as headers).
 *
 * @param model         {@code small} or {@code medium}; empty = the worker's configured default
 * @param output        cut-out, mask, or flattened on {@code background}
 * @param background    0xRRGGBB, used when {@code output} is {@link OutputKind#BACKGROUND}
 * @param decontaminate estimate the true foreground colour at soft edges
 * @param quality       "Extra careful": the worker's larger ensemble (up to four model runs instead of two),
 *                      which recovers subjects that fill the frame
 * @param matting       solve alpha from the photo in the model's uncertain band (soft subjects; worse on
 *                      hard-edged objects)
 * @param layout        crop to the subject, margin, fixed canvas ({@link Layout#NONE}: as the photo is)
 * @param format        the result's file format; JPEG flattens a cut-out on {@code background}
 * @param fileName      the client's file name, only used to name the result ({@code <name>_no_bg.png})
 */
public record JobOptions(Optional<String> model, OutputKind output, int background, boolean decontaminate,
                         boolean quality, boolean matting, Layout layout, ResultFormat format,
                         Optional<String> fileName) {

    public static final Set<String> MODELS = Set.of("small", "medium");
    /** White. */
    public static final int DEFAULT_BACKGROUND = 0xFFFFFF;
    public static final JobOptions DEFAULT =
            new JobOptions(Optional.empty(), OutputKind.CUTOUT, DEFAULT_BACKGROUND, true, false, false,
                    Layout.NONE, ResultFormat.PNG, Optional.empty());

    public JobOptions {
        if (model == null || output == null || layout == null || format == null || fileName == null) {
            throw new IllegalArgumentException(
                    "model, output, layout, format and file name are required (Optional.empty() / NONE for none)");
        }
        if (output == OutputKind.MASK && !layout.isIdentity()) {
            throw new InvalidOptionsException("crop and canvas apply to output=cutout or output=background, not to a mask");
        }
        model = model.map(m -> m.toLowerCase(Locale.ROOT));
        if (model.isPresent() && !MODELS.contains(model.get())) {
            throw new InvalidOptionsException("model must be small or medium, not '" + model.get() + "'");
        }
        if ((background & ~0xFFFFFF) != 0) {
            throw new InvalidOptionsException("background must be 0xRRGGBB, not 0x" + Integer.toHexString(background));
        }
    }

    /** Today's options without layout, as PNG. */
    public JobOptions(Optional<String> model, OutputKind output, int background, boolean decontaminate,
                      boolean quality, boolean matting, Optional<String> fileName) {
        this(model, output, background, decontaminate, quality, matting, Layout.NONE, ResultFormat.PNG, fileName);
    }

    public JobOptions withLayout(Layout newLayout) {
        return new JobOptions(model, output, background, decontaminate, quality, matting, newLayout, format, fileName);
    }

    public JobOptions withFormat(ResultFormat newFormat) {
        return new JobOptions(model, output, background, decontaminate, quality, matting, layout, newFormat, fileName);
    }

    /**
     * The colour the result is made opaque on: {@code background} for {@code output=background}, and for a
     * cut-out asked as JPEG (which has no alpha); empty when the result keeps its transparency or is a mask.
     */
    public OptionalInt flattenOn() {
        boolean flat = output == OutputKind.BACKGROUND || (output == OutputKind.CUTOUT && format.opaque());
        return flat ? OptionalInt.of(background) : OptionalInt.empty();
    }
}
