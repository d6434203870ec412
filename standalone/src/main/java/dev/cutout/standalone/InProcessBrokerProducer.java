package dev.cutout.standalone;

import dev.cutout.engine.config.CutoutConfig;
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

    private CutoutEngine engine;

    /** The model loads now, so a missing model stops the start with its fix. */
    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    JobBroker inProcess(GatewayConfig config) {
        CutoutConfig cutout = CutoutConfigLoader.load();
        engine = CutoutEngine.start(cutout);
        // cutout.inference.jobs-in-flight: the next job's CPU stages overlap this one's inference.
        return new InProcessJobBroker(new JobProcessor(engine), config.retention(), cutout.inference().jobsInFlight(),
                Clock.systemUTC());
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
