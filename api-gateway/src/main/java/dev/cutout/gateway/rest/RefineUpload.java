package dev.cutout.gateway.rest;

import dev.cutout.contract.InvalidOptionsException;
import dev.cutout.gateway.jobs.RefineRequest;
import java.util.Optional;

/** A refine form ({@link RefineForm} documents its fields): the upload's photo and options, the hints, the controls. */
final class RefineUpload {

    static final String HINTS = "hints";
    static final String FEATHER = "feather";
    static final String SHIFT = "shift";

    private RefineUpload() {
    }

    static RefineRequest of(byte[] body, String contentType) {
        MultipartBody form = Upload.form(body, contentType);
        Upload upload = Upload.of(form);
        return new RefineRequest(upload.image(), upload.options(),
                form.part(HINTS).map(MultipartBody.Part::content).filter(bytes -> bytes.length > 0),
                pixels(form, FEATHER), pixels(form, SHIFT));
    }

    private static int pixels(MultipartBody form, String field) {
        Optional<String> text = form.text(field).map(String::trim).filter(value -> !value.isEmpty());
        try {
            return text.map(Integer::parseInt).orElse(0);
        } catch (NumberFormatException e) {
            throw new InvalidOptionsException("Option '" + field + "' must be a whole number of px, not '" + text.get() + "'");
        }
    }
}
