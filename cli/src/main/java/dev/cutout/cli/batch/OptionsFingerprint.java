package dev.cutout.cli.batch;

import dev.cutout.contract.JobHeaders;
import dev.cutout.contract.JobOption;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.JobOptionsParser;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The job options as a short stable text, recorded per photo in the manifest: a re-run with other options
 * makes every photo again. The file name is left out (it only names a download).
 */
public final class OptionsFingerprint {

    private OptionsFingerprint() {
    }

    /** E.g. {@code model=medium;output=cutout;background=ffffff;decontaminate=true;careful=false;matting=false}. */
    public static String of(JobOptions options) {
        return of(options, options.model());
    }

    /** With the model named apart from the job (in process, where it is the engine's configuration). */
    public static String of(JobOptions options, Optional<String> model) {
        return "model=" + model.orElse("default")
                + ";output=" + options.output().name().toLowerCase(Locale.ROOT)
                + ";background=" + JobOptionsParser.hex(options.background())
                + ";decontaminate=" + options.decontaminate()
                + ";careful=" + options.quality()
                + ";matting=" + options.matting()
                + layout(options);
    }

    /** Only what a shop layout or format adds, so a default job's fingerprint stays as it was. */
    private static String layout(JobOptions options) {
        Map<String, Object> headers = JobHeaders.write(options);
        StringBuilder text = new StringBuilder();
        for (JobOption option : new JobOption[] {JobOption.CROP, JobOption.MARGIN, JobOption.CANVAS, JobOption.ALIGN,
                JobOption.FORMAT, JobOption.JPEG_QUALITY}) {
            Object value = headers.get(option.header());
            if (value != null) {
                text.append(';').append(option.field()).append('=').append(value);
            }
        }
        return text.toString();
    }
}
