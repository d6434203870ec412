package dev.cutout.engine.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutout.contract.JobOptions;
import dev.cutout.contract.JobStatus;
import dev.cutout.engine.SharedFiles;
import dev.cutout.engine.config.CutoutConfigLoader;
import dev.cutout.engine.pipeline.CutoutEngine;
import dev.cutout.image.TestImages;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a worker or the one-process app does with {@code cutout.model=u2netp}: the engine starts on it, a job
 * naming no model runs on it, and a job naming {@code small} (the job contract's models) still gets ISNet.
 */
class JobProcessorU2netpIT {

    @Test
    void anEngineConfiguredWithU2netpServesJobsThatNameNoModelAndStillTheIsNetOnesThatDo() {
        byte[] photo = TestImages.write(TestImages.scaled(
                TestImages.read(SharedFiles.evalImage("fg-car-2__bg-studio.png")), 240, 160), "jpeg");
        try (CutoutEngine engine = CutoutEngine.start(CutoutConfigLoader.load(
                Map.of("cutout.model", "u2netp", "cutout.inference.warm-up", "false")))) {
            JobProcessor processor = new JobProcessor(engine);

            JobOutcome byDefault = processor.process(new JobRequest("job-u", JobOptions.DEFAULT, photo), event -> { });
            JobOutcome small = processor.process(new JobRequest("job-s", new JobOptions(Optional.of("small"),
                    JobOptions.DEFAULT.output(), JobOptions.DEFAULT.background(), true, false, false,
                    Optional.empty()), photo), event -> { });

            assertThat(engine.defaultModel()).isEqualTo("u2netp");
            assertThat(engine.model().descriptor().name()).isEqualTo("u2netp");
            assertThat(engine.model().grid()).isEqualTo(320);
            assertThat(byDefault).isInstanceOfSatisfying(JobOutcome.Done.class, done -> {
                assertThat(done.event().status()).isEqualTo(JobStatus.DONE);
                assertThat(done.width()).isEqualTo(240);
            });
            assertThat(small).isInstanceOf(JobOutcome.Done.class);
            assertThat(engine.pipeline("small")).isNotSameAs(engine.pipeline());
        }
    }
}
