package dev.cutout.gateway.rest;

import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobOptions;
import dev.cutout.gateway.jobs.JobService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** An upload reduced to what a job needs: the image bytes and the options. */
record Upload(byte[] image, JobOptions options) {

    static Upload of(JobService service, UploadForm form) {
        if (form == null || form.file == null) {
            throw service.reject(ErrorCode.INVALID_OPTIONS, "The form has no 'file' field with the image");
        }
        JobOptions options = UploadOptions.parse(service, form.model, form.output, form.background,
                form.decontaminate, form.quality, form.file.fileName());
        try {
            return new Upload(Files.readAllBytes(form.file.uploadedFile()), options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded part", e);
        }
    }

    static Upload of(JobService service, byte[] body, RawOptions query) {
        return new Upload(body, UploadOptions.parse(service, query.model, query.output, query.background,
                query.decontaminate, query.quality, query.fileName));
    }
}
