package dev.cutout.gateway.batches;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a batch is, as stored once in the broker ({@code JobBroker#keepBatch}) as JSON: every file entry of the
 * zip in order, with its job or the reason it was refused. Job states are not in it: they live in the jobs' queues.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BatchRecord(int version, String id, List<Item> items) {

    static final int VERSION = 1;

    /**
     * One entry: {@code jobId} and {@code output} when queued, else {@code errorCode} and {@code message};
     * {@code bytes} and {@code sha256} describe the entry as uploaded (absent when it was not read whole).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String name, String output, String jobId, Long bytes, String sha256, String errorCode,
                String message) {

        static Item queued(String name, String output, String jobId, long bytes, String sha256) {
            return new Item(name, output, jobId, bytes, sha256, null, null);
        }

        static Item refused(String name, String errorCode, String message, Long bytes, String sha256) {
            return new Item(name, null, null, bytes, sha256, errorCode, message);
        }
    }
}
