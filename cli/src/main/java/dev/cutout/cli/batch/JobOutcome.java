package dev.cutout.cli.batch;

import dev.cutout.contract.ErrorCode;

/** What a target answered for one photo: the PNG, or a typed failure. */
public sealed interface JobOutcome {

    record Done(byte[] png) implements JobOutcome {
    }

    record Failed(ErrorCode code, String message) implements JobOutcome {
    }
}
