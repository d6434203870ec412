package dev.cutout.gateway.jobs;

import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobInput;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.Refinement;
import dev.cutout.gateway.config.GatewayConfig;
import dev.cutout.image.HintMask;
import dev.cutout.image.ImageDecoder;
import dev.cutout.image.ImageException;
import dev.cutout.image.ImageHeader;
import dev.cutout.image.ImageLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Receive → validate → queue: refuses what a worker would refuse, from the header alone, before queueing
 * ({@link JobRejectedException}; the REST layer answers and counts it). Every queued job is announced
 * ({@link JobQueued}), every deleted one too ({@link JobDeleted}): the per-client limits count them.
 */
@ApplicationScoped
public class JobService {

    private final JobBroker broker;
    private final JobMetrics metrics;
    private final ImageDecoder decoder;
    private final ImageDecoder results;
    private final ImageLimits limits;
    private final Event<JobQueued> queued;
    private final Event<JobDeleted> deleted;

    JobService(JobBroker broker, JobMetrics metrics, GatewayConfig config, Event<JobQueued> queued,
               Event<JobDeleted> deleted) {
        this.broker = broker;
        this.metrics = metrics;
        this.queued = queued;
        this.deleted = deleted;
        ImageLimits limits = ImageLimits.of(config.limits().maxBytes(), config.limits().maxMegapixels());
        this.limits = limits;
        this.decoder = new ImageDecoder(limits);
        this.results = new ImageDecoder(limits.withoutByteLimit());
    }

    /** @throws JobRejectedException with the reason when the image may not be queued */
    public String submit(byte[] image, JobOptions options) {
        ImageHeader header = probe(image);
        checkCanvas(options);
        return queued(broker.submit(options, JobInput.photo(image), header));
    }

    /**
     * Queues a refine of an earlier result {@code previous} (a PNG with alpha, read from the earlier job by
     * the caller): the photo must be that job's, the hints an image of its aspect ratio, and there must be
     * something to do. The worker reads the alpha from {@code previous}, so the model does not run again.
     *
     * @throws JobRejectedException with the reason when the refine may not be queued
     */
    public String refine(byte[] previous, RefineRequest request) {
        ImageHeader photo = probe(request.photo());
        checkCanvas(request.options());
        ImageHeader result = reject(() -> results.probe(previous));
        boolean sameSize = photo.width() == result.width() && photo.height() == result.height();
        boolean turned = photo.width() == result.height() && photo.height() == result.width(); // EXIF orientation
        if (!sameSize && !turned) {
            throw new JobRejectedException(ErrorCode.INVALID_HINTS, String.format(Locale.ROOT,
                    "This photo is %dx%d but the job's result is %dx%d: send the photo the job was made from",
                    photo.width(), photo.height(), result.width(), result.height()));
        }
        Refinement refinement = new Refinement(previous, request.hints(), request.feather(), request.shift());
        boolean strokes = refinement.hints()
                .map(bytes -> !reject(() -> HintMask.decode(decoder, bytes, result.width(), result.height())).isEmpty())
                .orElse(false);
        if (!strokes && !refinement.hasEdgeControls()) {
            throw new JobRejectedException(ErrorCode.INVALID_HINTS,
                    "There is nothing to refine: the hint mask has no keep or erase stroke, and feather and shift are 0");
        }
        return queued(broker.submit(request.options(), new JobInput(request.photo(), Optional.of(refinement)), photo));
    }

    /**
     * Forgets the job ({@link JobBroker#delete}).
     *
     * @return the state before deleting ({@link JobState.Unknown} or {@link JobState.Expired}: nothing was deleted)
     */
    public JobState delete(String jobId) {
        JobState before = broker.delete(jobId);
        if (before instanceof JobState.Known) {
            deleted.fire(new JobDeleted(jobId));
        }
        return before;
    }

    private String queued(String id) {
        metrics.submitted();
        queued.fire(new JobQueued(id));
        return id;
    }

    private ImageHeader probe(byte[] image) {
        if (image == null || image.length == 0) {
            throw new JobRejectedException(ErrorCode.INVALID_OPTIONS,
                    "The request has no image: send it as the 'file' form field or as the body");
        }
        return reject(() -> decoder.probe(image));
    }

    /** A canvas is the one output size known before any pixel is decoded: it must fit the pixel limit too. */
    private void checkCanvas(JobOptions options) {
        options.layout().canvas().ifPresent(canvas -> {
            long pixels = (long) canvas.width() * canvas.height();
            if (pixels > limits.maxPixels()) {
                throw new JobRejectedException(ErrorCode.TOO_MANY_PIXELS, String.format(Locale.ROOT,
                        "The canvas %dx%d is %.1f megapixels; the limit is %.1f megapixels", canvas.width(),
                        canvas.height(), pixels / ImageLimits.PIXELS_PER_MEGAPIXEL,
                        limits.maxPixels() / ImageLimits.PIXELS_PER_MEGAPIXEL));
            }
        });
    }

    private static <T> T reject(Supplier<T> read) {
        try {
            return read.get();
        } catch (ImageException e) {
            throw new JobRejectedException(e.code(), e.getMessage());
        }
    }
}
