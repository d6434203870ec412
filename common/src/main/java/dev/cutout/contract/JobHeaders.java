package dev.cutout.contract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@link JobOptions} as the AMQP headers of a job message ({@link JobOption#header()}); absent headers take defaults. */
public final class JobHeaders {

    private JobHeaders() {
    }

    public static Map<String, Object> write(JobOptions options) {
        Map<String, Object> headers = new HashMap<>();
        options.model().ifPresent(model -> headers.put(JobOption.MODEL.header(), model));
        headers.put(JobOption.OUTPUT.header(), options.output().name().toLowerCase(Locale.ROOT));
        headers.put(JobOption.BACKGROUND.header(), JobOptionsParser.hex(options.background()));
        headers.put(JobOption.DECONTAMINATE.header(), options.decontaminate());
        headers.put(JobOption.QUALITY.header(), options.quality());
        headers.put(JobOption.MATTING.header(), options.matting());
        writeLayout(options.layout(), headers);
        if (!options.format().equals(ResultFormat.PNG)) { // a default job's headers stay as they were
            headers.put(JobOption.FORMAT.header(), options.format().format().id());
            headers.put(JobOption.JPEG_QUALITY.header(), options.format().jpegQuality());
        }
        options.fileName().ifPresent(name -> headers.put(JobOption.FILE_NAME.header(), name));
        return headers;
    }

    /** Only what differs from {@link Layout#NONE}, so a job without layout carries no layout header. */
    private static void writeLayout(Layout layout, Map<String, Object> headers) {
        if (layout.crop()) {
            headers.put(JobOption.CROP.header(), "subject");
        }
        if (!layout.margin().isZero()) {
            headers.put(JobOption.MARGIN.header(), layout.margin().toString());
        }
        layout.canvas().ifPresent(canvas -> {
            headers.put(JobOption.CANVAS.header(), canvas.width() + "x" + canvas.height());
            headers.put(JobOption.ALIGN.header(), canvas.alignment().name().toLowerCase(Locale.ROOT));
        });
    }

    /**
     * Options from headers as any AMQP client may send them (strings, booleans, byte strings).
     *
     * @throws InvalidOptionsException naming the header when a value is malformed
     */
    public static JobOptions read(Map<String, ?> headers) {
        Map<String, ?> h = headers == null ? Map.of() : headers;
        return JobOptionsParser.parse(option -> text(h, option.header()), option -> "Header " + option.header());
    }

    /** AMQP clients hand header strings over as byte-string types; their toString is the text. */
    static Optional<String> text(Map<String, ?> headers, String name) {
        Object value = headers.get(name);
        return value == null ? Optional.empty() : Optional.of(value.toString()).filter(v -> !v.isBlank());
    }
}
