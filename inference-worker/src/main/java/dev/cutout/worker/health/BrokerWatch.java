package dev.cutout.worker.health;

import dev.cutout.worker.messaging.WorkerConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.health.HealthReport;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Samples the messaging channels' connection to the broker (the connector's own readiness report: connected and
 * with an open channel, no stream failed) every {@code cutout-worker.liveness.sample-interval}, so that an outage is
 * dated when it starts rather than when a probe first asks.
 */
@ApplicationScoped
public class BrokerWatch {

    private static final Logger LOG = Logger.getLogger(BrokerWatch.class);

    private final HealthCenter channels;
    private final Vertx vertx;
    private final WorkerConfig config;
    private final BrokerOutage outage;
    private volatile List<String> cutOffChannels = List.of();
    private long timer;

    BrokerWatch(HealthCenter channels, Vertx vertx, WorkerConfig config) {
        this.channels = channels;
        this.vertx = vertx;
        this.config = config;
        this.outage = new BrokerOutage(Clock.systemUTC(), config.liveness().brokerGrace());
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(config.liveness().sampleInterval().toMillis(), id -> sample());
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }

    /** Samples now, then judges. */
    public BrokerOutage.Verdict verdict() {
        sample();
        return outage.verdict();
    }

    /** The channels without a connection at the last sample, by name. */
    public List<String> cutOffChannels() {
        return cutOffChannels;
    }

    private synchronized void sample() {
        HealthReport report = channels.getReadiness();
        List<String> down = report.getChannels().stream().filter(channel -> !channel.isOk())
                .map(HealthReport.ChannelInfo::getChannel).toList();
        if (!down.equals(cutOffChannels)) {
            if (down.isEmpty()) {
                LOG.infof("connected to the broker again (channels %s were cut off)", cutOffChannels);
            } else {
                LOG.warnf("channels %s cut off from the broker; liveness goes DOWN if that lasts more than %s",
                        down, config.liveness().brokerGrace());
            }
            cutOffChannels = down;
        }
        outage.observe(report.isOk());
    }
}
