package dev.cutout.contract;

/** The closed set of reasons a job can fail; mapped once to HTTP problems and once to job events. */
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
    /** The job did not finish in time. */
    TIMEOUT,
    /** A fault on our side; the message says what, never with image data. */
    INTERNAL
}
