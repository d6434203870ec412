package dev.cutout.contract;

/** Where a job is; each status carries the progress percentage a client shows. */
public enum JobStatus {
    QUEUED(0), DECODING(10), INFERRING(25), REFINING(70), ENCODING(85), DONE(100), FAILED(100);

    private final int progress;

    JobStatus(int progress) {
        this.progress = progress;
    }

    public int progress() {
        return progress;
    }

    /** DONE and FAILED end a job: no event follows them. */
    public boolean terminal() {
        return this == DONE || this == FAILED;
    }
}
