package dev.cutout.gateway.rest;

import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobOptions;
import dev.cutout.gateway.jobs.JobService;

/** An upload reduced to what a job needs: the image bytes and the options. */
record Upload(byte[] image, JobOptions options) {

    /** From a {@code multipart/form-data} body, parsed in memory ({@link UploadForm} documents its fields). */
    static Upload of(JobService service, byte[] body, String contentType) {
        MultipartBody form;
        try {
            form = MultipartBody.parse(body, contentType);
        } catch (IllegalArgumentException e) {
            throw service.reject(ErrorCode.INVALID_OPTIONS, "The upload is not a valid multipart form: " + e.getMessage());
        }
        MultipartBody.Part file = form.part("file")
                .orElseThrow(() -> service.reject(ErrorCode.INVALID_OPTIONS, "The form has no 'file' field with the image"));
        JobOptions options = UploadOptions.parse(service, field(form, "model"), field(form, "output"),
                field(form, "background"), field(form, "decontaminate"), field(form, "quality"), field(form, "matting"),
                file.fileName().orElse(null));
        return new Upload(file.content(), options);
    }

    private static String field(MultipartBody form, String name) {
        return form.text(name).orElse(null);
    }

    static Upload of(JobService service, byte[] body, RawOptions query) {
        return new Upload(body, UploadOptions.parse(service, query.model, query.output, query.background,
                query.decontaminate, query.quality, query.matting, query.fileName));
    }
}
