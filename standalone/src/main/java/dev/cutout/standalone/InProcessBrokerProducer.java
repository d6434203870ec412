package dev.cutout.standalone;

import dev.cutout.engine.config.CutoutConfigLoader;
import dev.cutout.engine.jobs.JobProcessor;
import dev.cutout.engine.pipeline.CutoutEngine;
import dev.cutout.gateway.config.GatewayConfig;
import dev.cutout.gateway.jobs.JobBroker;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The gateway's web page and API with the engine in the same process and no broker: this
 * {@link JobBroker} is selected over the gateway's RabbitMQ one.
 */
@ApplicationScoped
public class InProcessBrokerProducer {

    /** One job at a time: the model already uses every core for one image. */
    private static final int CONCURRENCY = 1;

    private CutoutEngine engine;

    /** The model loads now, so a missing model stops the start with its fix. */
    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    JobBroker inProcess(GatewayConfig config) {
        engine = CutoutEngine.start(CutoutConfigLoader.load());
        return new InProcessJobBroker(new JobProcessor(engine), config.retention(), CONCURRENCY, Clock.systemUTC());
    }

    void close(@Disposes JobBroker broker) {
        if (broker instanceof InProcessJobBroker inProcess) {
            inProcess.close();
        }
        if (engine != null) {
            engine.close();
        }
    }
}
