package dev.cutout.cli;

import dev.cutout.contract.InvalidOptionsException;
import dev.cutout.contract.JobOption;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.JobOptionsParser;
import dev.cutout.contract.Layout;
import dev.cutout.contract.ResultFormat;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The parsed command line of {@code ./cutout remove}.
 *
 * @param background flatten onto this 0xRRGGBB colour instead of writing transparency
 * @param model      catalogue name of the model to run, overriding the configured one (checked when the engine starts)
 * @param careful    "Extra careful": the larger ensemble (up to four model runs) instead of the standard one
 * @param matting    refine the uncertain band with the closed-form matting solve (soft subjects: hair, fur, plants)
 * @param layout     crop, margin, canvas and alignment ({@link Layout#NONE}: the photo's frame)
 * @param format     the output's format (PNG, WebP, JPEG at a quality); it also gives the output's extension
 */
public record RemoveArguments(Path input, Optional<Path> output, Optional<String> model, boolean mask,
                              OptionalInt background, boolean decontaminate, boolean careful,
                              boolean matting, Layout layout, ResultFormat format) {

    /** The flags that are job options read by {@link JobOptionsParser#fromFlags} ({@code --<field> <value>}). */
    private static final Map<String, JobOption> SHOP_FLAGS = Map.of("--crop", JobOption.CROP, "--margin",
            JobOption.MARGIN, "--canvas", JobOption.CANVAS, "--align", JobOption.ALIGN, "--format", JobOption.FORMAT,
            "--jpeg-quality", JobOption.JPEG_QUALITY);

    /** Without layout, as PNG. */
    public RemoveArguments(Path input, Optional<Path> output, Optional<String> model, boolean mask,
                           OptionalInt background, boolean decontaminate, boolean careful, boolean matting) {
        this(input, output, model, mask, background, decontaminate, careful, matting, Layout.NONE, ResultFormat.PNG);
    }

    static final String USAGE = """
            Usage: ./cutout remove <photo|folder> [-o <file|folder>] [options]
              -o, --output <path>      output file (one photo) or folder (a folder of photos)
                  --model NAME         which model to run: small, medium (default), u2netp or any other
                                       of ./cutout models whose file is here
                  --mask               write the alpha mask as a greyscale PNG instead of the cut-out
                  --background #rrggbb flatten onto this colour instead of transparency
                  --no-decontaminate   keep the original colours at soft edges (no foreground estimation)
                  --careful            extra careful: up to 4 model runs (about twice as slow), recovers
                                       subjects that fill the frame
                  --quality            the old name of --careful (deprecated)
                  --matting            solve alpha from the photo where the model is unsure (soft
                                       subjects: hair, fur, plants; worse on hard-edged objects)
                  --crop subject|none  crop to the subject's bounding box (default none)
                  --margin 5%|40px     space around the subject, with --crop or --canvas (default 0)
                  --canvas WxH         fit the subject (with --crop subject) or the photo onto a WxH canvas
                  --align center|bottom where the subject sits on the canvas (default center)
                  --format png|webp|jpeg  the output's format and extension (default png); jpeg is
                                       opaque: a cut-out is flattened on --background (white by default)
                  --jpeg-quality 1-100 for --format jpeg (default 90)
            """;

    /** Parses {@code args}; throws {@link IllegalArgumentException} with a message for the user. */
    public static RemoveArguments parse(String... args) {
        Path input = null;
        Path output = null;
        String model = null;
        boolean mask = false;
        Integer background = null;
        boolean decontaminate = true;
        boolean careful = false;
        boolean matting = false;
        Map<JobOption, String> shop = new EnumMap<>(JobOption.class);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (SHOP_FLAGS.containsKey(arg)) {
                shop.put(SHOP_FLAGS.get(arg), valueAfter(args, i++));
                continue;
            }
            switch (arg) {
                case "-o", "--output" -> output = Path.of(valueAfter(args, i++));
                case "--model" -> model = modelName(valueAfter(args, i++));
                case "--mask" -> mask = true;
                case "--background" -> background = value(arg, valueAfter(args, i++), JobOptionsParser::background);
                case "--no-decontaminate" -> decontaminate = false;
                case "--careful", "--quality" -> careful = true;
                case "--matting" -> matting = true;
                default -> {
                    if (arg.startsWith("-") || input != null) {
                        throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                    }
                    input = Path.of(arg);
                }
            }
        }
        if (input == null) {
            throw new IllegalArgumentException("name a photo or a folder of photos");
        }
        if (mask && background != null) {
            throw new IllegalArgumentException("--mask and --background exclude each other");
        }
        if (mask) {
            shop.put(JobOption.OUTPUT, "mask"); // so that a layout for a mask is refused here, as for a job
        }
        JobOptions shopOptions = shopOptions(shop);
        return new RemoveArguments(input, Optional.ofNullable(output), Optional.ofNullable(model), mask,
                background == null ? OptionalInt.empty() : OptionalInt.of(background), decontaminate, careful,
                matting, shopOptions.layout(), shopOptions.format());
    }

    /** Any name, in any case: whether the catalogue has it is checked when the engine starts. */
    private static String modelName(String text) {
        String name = text.trim().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("--model needs a model name (./cutout models lists them)");
        }
        return name;
    }

    private static JobOptions shopOptions(Map<JobOption, String> flags) {
        try {
            return JobOptionsParser.fromFlags(option -> Optional.ofNullable(flags.get(option)));
        } catch (InvalidOptionsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A flag's value read the way a job's option is read, the complaint naming the flag. */
    private static <T> T value(String flag, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (InvalidOptionsException e) {
            throw new IllegalArgumentException(flag + " " + e.getMessage(), e);
        }
    }

    private static String valueAfter(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
    }
}
