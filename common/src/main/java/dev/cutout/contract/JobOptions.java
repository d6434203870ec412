package dev.cutout.contract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a client asks of one job.
 *
 * @param model         {@code small} or {@code medium}; empty = the worker's configured default
 * @param output        cut-out, mask, or flattened on {@code background}
 * @param background    {@code #rrggbb}, used when {@code output} is {@link OutputKind#BACKGROUND}
 * @param decontaminate estimate the true foreground colour at soft edges
 * @param quality       "Extra careful": the worker's larger ensemble (up to four model runs instead of two),
 *                      which recovers subjects that fill the frame
 * @param matting       solve alpha from the photo in the model's uncertain band (soft subjects; worse on
 *                      hard-edged objects)
 * @param fileName      the client's file name, only used to name the result ({@code <name>_no_bg.png})
 */
public record JobOptions(Optional<String> model, OutputKind output, String background, boolean decontaminate,
                         boolean quality, boolean matting, Optional<String> fileName) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");

    public static final Set<String> MODELS = Set.of("small", "medium");
    public static final String DEFAULT_BACKGROUND = "#ffffff";
    public static final JobOptions DEFAULT =
            new JobOptions(Optional.empty(), OutputKind.CUTOUT, DEFAULT_BACKGROUND, true, false, false,
                    Optional.empty());

    public JobOptions {
        model = model.map(m -> m.toLowerCase(Locale.ROOT));
        if (model.isPresent() && !MODELS.contains(model.get())) {
            throw new IllegalArgumentException("model must be small or medium, not '" + model.get() + "'");
        }
        if (output == null) {
            throw new IllegalArgumentException("output is required");
        }
        background = background == null ? DEFAULT_BACKGROUND : background.toLowerCase(Locale.ROOT);
        if (!COLOUR.matcher(background).matches()) {
            throw new IllegalArgumentException("background must look like #rrggbb, not '" + background + "'");
        }
    }

    /** The background as 0xRRGGBB. */
    public int backgroundRgb() {
        return Integer.parseInt(background.substring(1), 16);
    }
}
