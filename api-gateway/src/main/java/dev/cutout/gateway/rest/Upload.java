package dev.cutout.gateway.rest;

import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobOption;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.JobOptionsParser;
import dev.cutout.gateway.jobs.JobRejectedException;
import java.util.Optional;
import java.util.function.Function;

/**
 * An upload reduced to what a job needs: the image bytes and the options, parsed by
 * {@link JobOptionsParser} (a bad value throws {@link dev.cutout.contract.InvalidOptionsException}: a 400 problem).
 */
record Upload(byte[] image, JobOptions options) {

    /** From a {@code multipart/form-data} body, parsed in memory ({@link UploadForm} documents its fields). */
    static Upload of(byte[] body, String contentType) {
        return of(form(body, contentType));
    }

    /** The body parsed as a form; a malformed one is a 400 problem. */
    static MultipartBody form(byte[] body, String contentType) {
        try {
            return MultipartBody.parse(body, contentType);
        } catch (IllegalArgumentException e) {
            throw new JobRejectedException(ErrorCode.INVALID_OPTIONS,
                    "The upload is not a valid multipart form: " + e.getMessage());
        }
    }

    /** The image and options of a parsed form. */
    static Upload of(MultipartBody form) {
        MultipartBody.Part file = form.part("file").orElseThrow(() -> new JobRejectedException(
                ErrorCode.INVALID_OPTIONS, "The form has no 'file' field with the image"));
        return new Upload(file.content(), options(option -> option == JobOption.FILE_NAME
                ? file.fileName()
                : form.text(option.field())));
    }

    /** From a raw image body, the options as query parameters. */
    static Upload of(byte[] body, RawOptions query) {
        return new Upload(body, options(query::value));
    }

    /** The client's file name is cut down to a safe base name before it travels with the job. */
    private static JobOptions options(Function<JobOption, Optional<String>> fields) {
        return JobOptionsParser.fromFields(option -> option == JobOption.FILE_NAME
                ? fields.apply(option).flatMap(ResultFileName::baseName)
                : fields.apply(option));
    }
}
