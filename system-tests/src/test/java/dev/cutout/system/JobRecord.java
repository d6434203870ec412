package dev.cutout.system;

/**
 * What happened to one job of a load or soak run, as its client saw it: where it was submitted and followed,
 * how it ended, why (the problem or failure code and sentence, or what the client found wrong), and the time
 * from the first byte of the submit to the last byte of the result.
 */
record JobRecord(int index, LoadMix.LoadInput input, String submittedTo, String followedOn, Outcome outcome,
                 String jobId, String reason, long latencyMillis) {

    /** How a job ended for its client. */
    enum Outcome {
        /** The cut-out was downloaded, a PNG with alpha of the photo's size. */
        DONE,
        /** The job ended {@code failed}, with a code and a sentence. */
        FAILED,
        /** The gateway answered the submit with a 4xx problem. */
        REFUSED,
        /** Anything else: a 5xx, a stream that never ended, a wrong result, two terminal events; never expected. */
        BROKEN
    }

    /** This record, now {@link Outcome#BROKEN} for {@code why}. */
    JobRecord broken(String why) {
        return new JobRecord(index, input, submittedTo, followedOn, Outcome.BROKEN, jobId, why, latencyMillis);
    }

    boolean isHostile() {
        return input.hostile().isPresent();
    }
}
