package dev.cutout.gateway.batches;

import dev.cutout.contract.ErrorCode;

/** One file entry of an uploaded zip: its bytes to queue as a job, or why it was refused. */
sealed interface ZipItem {

    /** The entry's path inside the zip, as the client wrote it. */
    String name();

    /** A safely named entry within the limits, not yet checked as an image. */
    record Photo(String name, byte[] bytes) implements ZipItem {
    }

    /** An entry that becomes a failed item of the batch. */
    record Refused(String name, ErrorCode code, String reason) implements ZipItem {
    }
}
