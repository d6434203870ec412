package dev.cutout.contract;

import java.util.Optional;

/**
 * What a job message's body carries: the photo and, for a refine job, the {@link Refinement}
 * ({@link RefineParts} packs both into one body).
 */
public record JobInput(byte[] image, Optional<Refinement> refinement) {

    public JobInput {
        if (image == null || refinement == null) {
            throw new IllegalArgumentException("a job input has image bytes (and Optional.empty() for no refinement)");
        }
    }

    public static JobInput photo(byte[] image) {
        return new JobInput(image, Optional.empty());
    }
}
