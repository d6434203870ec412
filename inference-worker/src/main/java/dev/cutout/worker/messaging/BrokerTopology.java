package dev.cutout.worker.messaging;

import com.rabbitmq.client.Channel;
import dev.cutout.contract.Topology;
import dev.cutout.contract.TopologyDeclarer;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * Declares the shared topology ({@link Topology#declare}, the same call the gateway makes) before the
 * channels start consuming (the connector's own declarations are off). A gateway with another retention or
 * max-queued-jobs would fail with PRECONDITION_FAILED; the start then fails with {@link Topology#mismatchAdvice}.
 */
@ApplicationScoped
public class BrokerTopology {

    private static final Logger LOG = Logger.getLogger(BrokerTopology.class);

    private final BrokerConnection broker;
    private final WorkerConfig config;

    BrokerTopology(BrokerConnection broker, WorkerConfig config) {
        this.broker = broker;
        this.config = config;
    }

    void declareOnStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE - 10) StartupEvent event)
            throws IOException, TimeoutException {
        Topology.JobsQueue jobsQueue = new Topology.JobsQueue(config.retention(), config.maxQueuedJobs());
        try (Channel channel = broker.openChannel()) {
            Topology.declare(TopologyDeclarer.of(channel::exchangeDeclare, channel::queueDeclare, channel::queueBind),
                    Topology.Exchanges.DEFAULT, jobsQueue);
        } catch (IOException e) {
            if (Topology.isArgumentMismatch(e)) {
                throw new IOException(Topology.mismatchAdvice(jobsQueue), e);
            }
            throw e;
        }
        LOG.infof("declared %s -> %s, %s -> %s, %s (retention %s, at most %d queued jobs)", Topology.JOBS_EXCHANGE,
                Topology.JOBS_QUEUE, Topology.DEAD_LETTER_EXCHANGE, Topology.DEAD_LETTER_QUEUE, Topology.EVENTS_EXCHANGE,
                config.retention(), config.maxQueuedJobs());
    }
}
