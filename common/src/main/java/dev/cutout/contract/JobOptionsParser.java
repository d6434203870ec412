package dev.cutout.contract;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one way option values become {@link JobOptions}, whether they arrive as form fields, query
 * parameters, job-message headers ({@link JobHeaders}) or command-line flags. Every parser throws
 * {@link InvalidOptionsException}; absent or blank values take the defaults.
 */
public final class JobOptionsParser {

    private static final Pattern HEX_COLOUR = Pattern.compile("#?[0-9a-fA-F]{6}");

    private JobOptionsParser() {
    }

    /** Options from form fields or query parameters; messages name the field ({@code Option 'quality' must ...}). */
    public static JobOptions fromFields(Function<JobOption, Optional<String>> fields) {
        return parse(fields, option -> "Option '" + option.field() + "'");
    }

    /** Options from command-line flags ({@code --margin 5%}); messages name the flag ({@code --margin must ...}). */
    public static JobOptions fromFlags(Function<JobOption, Optional<String>> flags) {
        return parse(flags, option -> "--" + option.field());
    }

    /**
     * @param values the raw text of each option, empty when absent
     * @param names  how a message names an option to the client who sent it
     */
    static JobOptions parse(Function<JobOption, Optional<String>> values, Function<JobOption, String> names) {
        Values v = new Values(values, names);
        JobOptions defaults = JobOptions.DEFAULT;
        return new JobOptions(
                v.read(JobOption.MODEL, JobOptionsParser::model),
                v.read(JobOption.OUTPUT, JobOptionsParser::output).orElse(defaults.output()),
                v.read(JobOption.BACKGROUND, JobOptionsParser::background).orElse(defaults.background()),
                v.read(JobOption.DECONTAMINATE, JobOptionsParser::flag).orElse(defaults.decontaminate()),
                v.read(JobOption.QUALITY, JobOptionsParser::flag).orElse(defaults.quality()),
                v.read(JobOption.MATTING, JobOptionsParser::flag).orElse(defaults.matting()),
                layout(v),
                new ResultFormat(v.read(JobOption.FORMAT, OutputFormat::parse).orElse(defaults.format().format()),
                        v.read(JobOption.JPEG_QUALITY, JobOptionsParser::jpegQuality)
                                .orElse(ResultFormat.DEFAULT_JPEG_QUALITY)),
                v.read(JobOption.FILE_NAME, Function.identity()));
    }

    /** Crop, margin, canvas and align; {@code align} without a canvas is refused rather than ignored. */
    private static Layout layout(Values v) {
        boolean crop = v.read(JobOption.CROP, JobOptionsParser::crop).orElse(false);
        Margin margin = v.read(JobOption.MARGIN, Margin::parse).orElse(Margin.NONE);
        Optional<Alignment> align = v.read(JobOption.ALIGN, Alignment::parse);
        Optional<Canvas> canvas = v.read(JobOption.CANVAS, size -> Canvas.parse(size, align.orElse(Alignment.CENTER)));
        if (align.isPresent() && canvas.isEmpty()) {
            throw new InvalidOptionsException(v.names().apply(JobOption.ALIGN) + " needs a canvas (e.g. "
                    + v.names().apply(JobOption.CANVAS) + " 2000x2000)");
        }
        return new Layout(crop, margin, canvas);
    }

    /** {@code subject} (crop to the subject's box) or {@code none}, in any case. */
    public static boolean crop(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "subject" -> true;
            case "none" -> false;
            default -> throw new InvalidOptionsException("must be subject or none, not '" + value + "'");
        };
    }

    /** A whole number from 1 to 100. */
    public static int jpegQuality(String value) {
        String text = value.trim();
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 100) {
            throw new InvalidOptionsException("must be a whole number from 1 to 100, not '" + value + "'");
        }
        return Integer.parseInt(text);
    }

    /** {@code small} or {@code medium}, in any case. */
    public static String model(String value) {
        String model = value.trim().toLowerCase(Locale.ROOT);
        if (!JobOptions.MODELS.contains(model)) {
            throw new InvalidOptionsException("must be small or medium, not '" + value + "'");
        }
        return model;
    }

    /** {@code cutout}, {@code mask} or {@code background}, in any case. */
    public static OutputKind output(String value) {
        try {
            return OutputKind.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidOptionsException("must be cutout, mask or background, not '" + value + "'");
        }
    }

    /** {@code #rrggbb}, or the six digits alone ({@code #} must be escaped in a query string), as 0xRRGGBB. */
    public static int background(String value) {
        String text = value.trim();
        if (!HEX_COLOUR.matcher(text).matches()) {
            throw new InvalidOptionsException("must look like #rrggbb, not '" + value + "'");
        }
        return Integer.parseInt(text.startsWith("#") ? text.substring(1) : text, 16);
    }

    /** 0xRRGGBB as {@code #rrggbb}: how a colour travels in a header. */
    public static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    /** {@code true/false}, {@code 1/0}, {@code yes/no}, {@code on/off}, in any case. */
    public static boolean flag(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new InvalidOptionsException("must be true or false, not '" + value + "'");
        };
    }

    /** The values of one source, read one option at a time with the option's name in front of any complaint. */
    private record Values(Function<JobOption, Optional<String>> values, Function<JobOption, String> names) {

        <T> Optional<T> read(JobOption option, Function<String, T> parser) {
            Optional<String> text = values.apply(option).map(String::trim).filter(value -> !value.isEmpty());
            try {
                return text.map(parser);
            } catch (InvalidOptionsException e) {
                throw new InvalidOptionsException(names.apply(option) + " " + e.getMessage());
            }
        }
    }
}
