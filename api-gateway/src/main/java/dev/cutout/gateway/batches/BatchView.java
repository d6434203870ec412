package dev.cutout.gateway.batches;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch as clients see it: counts, every item's state, and where to follow it (status body, SSE data). */
@Schema(name = "Batch")
public record BatchView(String id,
                        @Schema(description = "true once every item is done or failed") boolean finished,
                        Counts counts, List<ItemView> items, Links links) {

    /** How many items are where; {@code running} is any stage between queued and done. */
    public record Counts(int total, int queued, int running, int done, int failed) {
    }

    /** One entry of the zip: its job (absent when refused), status and, when failed, why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemView(@Schema(description = "The entry's path in the uploaded zip") String name,
                           @Schema(description = "The PNG's path in the result zip") String output,
                           String jobId,
                           @Schema(description = "queued, decoding, inferring, refining, encoding, done or failed") String status,
                           Error error) {
    }

    /** Why an item failed: an error code (absent when its job was deleted or expired) and a message. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String code, String message) {
    }

    /** Where to follow the batch: its status, its events and its result zip. */
    public record Links(String self, String events, String result) {
    }

    static Links links(String id) {
        String self = BatchResource.PATH + "/" + id;
        return new Links(self, self + "/events", self + "/result");
    }
}
