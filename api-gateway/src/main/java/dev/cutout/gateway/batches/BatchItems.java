package dev.cutout.gateway.batches;

import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobStatus;
import dev.cutout.gateway.jobs.JobState;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A batch's items and counts from its record and the latest event of each job (absent: the job is gone). */
final class BatchItems {

    static final String FAILED = "failed";
    private static final String GONE = "The job was deleted or has expired";

    private BatchItems() {
    }

    /** The latest event of a job, or empty when the broker no longer has it. */
    static Optional<JobEvent> event(JobState state) {
        if (state instanceof JobState.Known known) {
            return Optional.of(known.event());
        }
        if (state instanceof JobState.Ready ready) {
            return Optional.of(ready.result().event());
        }
        return Optional.empty();
    }

    static BatchView.ItemView item(BatchRecord.Item item, Optional<JobEvent> event) {
        if (item.jobId() == null) {
            return new BatchView.ItemView(item.name(), null, null, FAILED,
                    new BatchView.Error(item.errorCode(), item.message()));
        }
        return event.map(e -> new BatchView.ItemView(item.name(), item.output(), item.jobId(),
                        e.status().name().toLowerCase(Locale.ROOT),
                        e.failure().map(f -> new BatchView.Error(f.code().name(), f.message())).orElse(null)))
                .orElseGet(() -> new BatchView.ItemView(item.name(), item.output(), item.jobId(), FAILED,
                        new BatchView.Error(null, GONE)));
    }

    static BatchView view(String id, List<BatchView.ItemView> items) {
        int queued = 0;
        int running = 0;
        int done = 0;
        int failed = 0;
        for (BatchView.ItemView item : items) {
            switch (JobStatus.valueOf(item.status().toUpperCase(Locale.ROOT))) {
                case QUEUED -> queued++;
                case DONE -> done++;
                case FAILED -> failed++;
                default -> running++;
            }
        }
        return new BatchView(id, queued + running == 0, new BatchView.Counts(items.size(), queued, running, done, failed),
                items, BatchView.links(id));
    }
}
