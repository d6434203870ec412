package dev.cutout.contract;

/**
 * The closed set of reasons a job can fail or an upload be refused; mapped once to HTTP problems and once to job
 * events.
 */
public enum ErrorCode {
    /** The bytes are not an image format this server decodes (or the decoder library is absent). */
    UNSUPPORTED_FORMAT,
    /** The bytes claim a known format but cannot be decoded: truncated, corrupted or lying. */
    CORRUPT_IMAGE,
    /** The upload is larger than the configured byte limit. */
    TOO_LARGE,
    /** The image header declares more pixels than the configured megapixel limit. */
    TOO_MANY_PIXELS,
    /** The job's options are malformed (unknown model, bad colour, ...). */
    INVALID_OPTIONS,
    /** A refine's hints cannot be used: not an image, another aspect ratio, nothing to do, or no alpha to refine. */
    INVALID_HINTS,
    /**
     * Refused before queueing: the client is over one of the gateway's per-client limits (submits per minute,
     * unfinished jobs). Retry after the answer's {@code Retry-After}; never a job's failure, no worker sends it.
     */
    RATE_LIMITED,
    /** The job did not finish in time. */
    TIMEOUT,
    /** A fault on our side; the message says what, never with image data. */
    INTERNAL
}
