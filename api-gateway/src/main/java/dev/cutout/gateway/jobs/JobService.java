package dev.cutout.gateway.jobs;

import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobOptions;
import dev.cutout.gateway.config.GatewayConfig;
import dev.cutout.image.ImageDecoder;
import dev.cutout.image.ImageException;
import dev.cutout.image.ImageHeader;
import dev.cutout.image.ImageLimits;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Receive → validate → queue: refuses what a worker would refuse, from the header alone, before queueing
 * ({@link JobRejectedException}; the REST layer answers and counts it).
 */
@ApplicationScoped
public class JobService {

    private final JobBroker broker;
    private final JobMetrics metrics;
    private final ImageDecoder decoder;

    JobService(JobBroker broker, JobMetrics metrics, GatewayConfig config) {
        this.broker = broker;
        this.metrics = metrics;
        this.decoder = new ImageDecoder(ImageLimits.of(config.limits().maxBytes(), config.limits().maxMegapixels()));
    }

    /** @throws JobRejectedException with the reason when the image may not be queued */
    public String submit(byte[] image, JobOptions options) {
        if (image == null || image.length == 0) {
            throw new JobRejectedException(ErrorCode.INVALID_OPTIONS,
                    "The request has no image: send it as the 'file' form field or as the body");
        }
        ImageHeader header;
        try {
            header = decoder.probe(image);
        } catch (ImageException e) {
            throw new JobRejectedException(e.code(), e.getMessage());
        }
        String id = broker.submit(options, image, header);
        metrics.submitted();
        return id;
    }
}
