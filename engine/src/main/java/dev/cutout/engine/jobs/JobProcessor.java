package dev.cutout.engine.jobs;

import dev.cutout.contract.JobEvent;
import dev.cutout.contract.InvalidOptionsException;
import dev.cutout.contract.JobStatus;
import dev.cutout.contract.Refinement;
import dev.cutout.engine.pipeline.CutoutEngine;
import dev.cutout.engine.pipeline.CutoutOptions;
import dev.cutout.engine.pipeline.CutoutResult;
import dev.cutout.engine.pipeline.RefinedCutout;
import dev.cutout.engine.pipeline.Stage;
import dev.cutout.image.ImageException;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Runs one job through the pipeline, reporting a progress event at each status change, whatever
 * the transport (RabbitMQ or in-process). Bad input ends in {@link JobOutcome.Failed}; any other
 * exception propagates so the transport can retry and, past its limit, dead-letter the job.
 */
public final class JobProcessor {

    private static final System.Logger LOG = System.getLogger(JobProcessor.class.getName());

    private final CutoutEngine engine;

    public JobProcessor(CutoutEngine engine) {
        this.engine = engine;
    }

    public JobOutcome process(JobRequest request, Consumer<JobEvent> progress) {
        String id = request.jobId();
        JobStatus[] last = {JobStatus.QUEUED};
        Consumer<Stage> onStage = stage -> {
            JobStatus status = statusOf(stage);
            if (status != last[0]) {
                last[0] = status;
                progress.accept(JobEvent.of(id, status));
            }
        };
        try {
            if (request.input().refinement().isPresent()) {
                return refine(request, onStage);
            }
            String model = request.options().model().orElse(engine.defaultModel());
            CutoutResult result = engine.pipeline(model).process(request.input().image(),
                    CutoutOptions.of(request.options()), onStage);
            LOG.log(Level.INFO, () -> String.format(Locale.ROOT, "job %s done: %dx%d %s %s model=%s %s", id,
                    result.width(), result.height(), request.options().output().name().toLowerCase(Locale.ROOT),
                    result.format().id(), model, result.timings().summary()));
            return new JobOutcome.Done(JobEvent.done(id, result.quality()), result.png(), result.width(),
                    result.height(), result.timings(), result.format());
        } catch (ImageException e) {
            LOG.log(Level.INFO, "job {0} refused: {1} {2}", id, e.code(), e.getMessage());
            return new JobOutcome.Failed(JobEvent.failed(id, e.code(), e.getMessage()));
        }
    }

    /** The model does not run: the earlier result's alpha is corrected (no quality report: no ensemble ran). */
    private JobOutcome refine(JobRequest request, Consumer<Stage> onStage) {
        String id = request.jobId();
        Refinement refinement = request.input().refinement().orElseThrow();
        RefinedCutout result = engine.pipeline().refine(request.input().image(), refinement,
                CutoutOptions.of(request.options()), onStage);
        LOG.log(Level.INFO, () -> String.format(Locale.ROOT, "job %s refined: %dx%d %s hints=%s feather=%d shift=%d %s",
                id, result.width(), result.height(), request.options().output().name().toLowerCase(Locale.ROOT),
                refinement.hints().isPresent(), refinement.feather(), refinement.shift(), result.timings().summary()));
        return new JobOutcome.Done(JobEvent.of(id, JobStatus.DONE), result.png(), result.width(), result.height(),
                result.timings(), result.format());
    }

    /** A job whose options could not be read at all (the transport parses them). */
    public static JobOutcome.Failed invalidOptions(String jobId, InvalidOptionsException e) {
        return new JobOutcome.Failed(JobEvent.failed(jobId, e.code(), e.getMessage()));
    }

    static JobStatus statusOf(Stage stage) {
        return switch (stage) {
            case DECODE -> JobStatus.DECODING;
            case RESIZE, INFER -> JobStatus.INFERRING;
            case REFINE -> JobStatus.REFINING;
            case COMPOSE, LAYOUT, ENCODE -> JobStatus.ENCODING;
        };
    }
}
