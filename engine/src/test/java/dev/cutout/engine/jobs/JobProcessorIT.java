package dev.cutout.engine.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.JobStatus;
import dev.cutout.engine.RealEngine;
import dev.cutout.engine.SharedFiles;
import dev.cutout.image.TestImages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A job through the real model reports every status once, in order, and ends with a DONE event that
 * carries its quality report; bad bytes end as a typed failure.
 */
class JobProcessorIT {

    private final JobProcessor processor = new JobProcessor(RealEngine.get());

    @Test
    void reportsEachStatusOnceInOrderAndEndsDone() {
        byte[] photo = TestImages.write(TestImages.scaled(
                TestImages.read(SharedFiles.evalImage("fg-car-2__bg-studio.png")), 240, 160), "jpeg");
        List<JobEvent> events = new ArrayList<>();

        JobOutcome outcome = processor.process(new JobRequest("job-1", JobOptions.DEFAULT, photo), events::add);

        assertThat(events).extracting(JobEvent::status).containsExactly(
                JobStatus.DECODING, JobStatus.INFERRING, JobStatus.REFINING, JobStatus.ENCODING);
        assertThat(outcome).isInstanceOfSatisfying(JobOutcome.Done.class, done -> {
            assertThat(done.event().status()).isEqualTo(JobStatus.DONE);
            assertThat(done.event().quality()).hasValueSatisfying(quality -> {
                assertThat(quality.modelRuns()).isBetween(1, 2); // the standard ensemble
                assertThat(quality.keptShare()).isBetween(0.05, 0.95); // a car on a studio backdrop
            });
            assertThat(done.width()).isEqualTo(240);
            assertThat(done.png()).startsWith((byte) 0x89, (byte) 0x50, (byte) 0x4E, (byte) 0x47);
        });
    }

    @Test
    void undecodableBytesEndAsATypedFailure() {
        JobOutcome outcome = processor.process(
                new JobRequest("job-2", JobOptions.DEFAULT, "GIF89a but not really".getBytes()), event -> { });

        assertThat(outcome).isInstanceOf(JobOutcome.Failed.class);
        assertThat(outcome.event().failure()).hasValueSatisfying(
                failure -> assertThat(failure.code()).isEqualTo(ErrorCode.CORRUPT_IMAGE));
    }
}
