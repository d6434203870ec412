package dev.cutout.contract;

import java.util.Locale;
import java.util.Optional;
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
 * @param fileName      the client's file name, only used to name the result ({@code <name>_no_bg.png})
 */
public record JobOptions(Optional<String> model, OutputKind output, int background, boolean decontaminate,
                         boolean quality, boolean matting, Optional<String> fileName) {

    public static final Set<String> MODELS = Set.of("small", "medium");
    /** White. */
    public static final int DEFAULT_BACKGROUND = 0xFFFFFF;
    public static final JobOptions DEFAULT =
            new JobOptions(Optional.empty(), OutputKind.CUTOUT, DEFAULT_BACKGROUND, true, false, false,
                    Optional.empty());

    public JobOptions {
        if (model == null || output == null || fileName == null) {
            throw new IllegalArgumentException("model, output and file name are required (Optional.empty() for none)");
        }
        model = model.map(m -> m.toLowerCase(Locale.ROOT));
        if (model.isPresent() && !MODELS.contains(model.get())) {
            throw new InvalidOptionsException("model must be small or medium, not '" + model.get() + "'");
        }
        if ((background & ~0xFFFFFF) != 0) {
            throw new InvalidOptionsException("background must be 0xRRGGBB, not 0x" + Integer.toHexString(background));
        }
    }
}
