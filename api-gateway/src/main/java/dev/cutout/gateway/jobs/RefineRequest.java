package dev.cutout.gateway.jobs;

import dev.cutout.contract.JobOptions;
import java.util.Optional;

/**
 * A refine as the client sent it: the photo again (the gateway keeps no photos), the options of the
 * new result, the hint mask image and the edge controls in px.
 */
public record RefineRequest(byte[] photo, JobOptions options, Optional<byte[]> hints, int feather, int shift) {

    public RefineRequest {
        if (photo == null || options == null || hints == null) {
            throw new IllegalArgumentException("a refine has a photo, options and Optional.empty() for no hints");
        }
    }
}
