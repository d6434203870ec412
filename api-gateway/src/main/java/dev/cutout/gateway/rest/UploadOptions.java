package dev.cutout.gateway.rest;

import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobHeaders;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.Topology;
import dev.cutout.gateway.jobs.JobService;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns the option fields of an upload (form fields or query parameters) into {@link JobOptions}. */
final class UploadOptions {

    private static final Pattern BARE_HEX = Pattern.compile("[0-9a-fA-F]{6}");

    private UploadOptions() {
    }

    /** Parses with the same rules the worker applies to headers; a bad value is a 400 naming it. */
    static JobOptions parse(JobService service, String model, String output, String background,
                            String decontaminate, String quality, String matting, String fileName) {
        Map<String, String> fields = new HashMap<>();
        put(fields, Topology.HEADER_MODEL, model);
        put(fields, Topology.HEADER_OUTPUT, output);
        // '#' must be escaped in a query string; accept the bare six digits too.
        put(fields, Topology.HEADER_BACKGROUND,
                background != null && BARE_HEX.matcher(background.trim()).matches() ? "#" + background.trim() : background);
        put(fields, Topology.HEADER_DECONTAMINATE, decontaminate);
        put(fields, Topology.HEADER_QUALITY, quality);
        put(fields, Topology.HEADER_MATTING, matting);
        ResultFileName.baseName(fileName).ifPresent(name -> fields.put(Topology.HEADER_FILE_NAME, name));
        try {
            return JobHeaders.read(fields);
        } catch (IllegalArgumentException e) {
            throw service.reject(ErrorCode.INVALID_OPTIONS, capitalised(e.getMessage()));
        }
    }

    private static void put(Map<String, String> fields, String name, String value) {
        Optional.ofNullable(value).filter(v -> !v.isBlank()).ifPresent(v -> fields.put(name, v));
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
