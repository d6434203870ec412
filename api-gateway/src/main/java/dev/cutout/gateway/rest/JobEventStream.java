package dev.cutout.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutout.contract.JobEvent;
import dev.cutout.gateway.config.GatewayConfig;
import dev.cutout.gateway.jobs.JobBroker;
import dev.cutout.gateway.jobs.JobMetrics;
import dev.cutout.gateway.jobs.JobState;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A job's events as SSE: the current state first (a late or reconnecting client still learns where the job is),
 * then this replica's fan-out events for the job, ending after DONE or FAILED. Every event carries an
 * {@link EventId}; a stream whose job goes quiet for a whole retention ends as {@link StreamExpiry} says.
 */
@ApplicationScoped
public class JobEventStream {

    private final JobBroker broker;
    private final JobMetrics metrics;
    private final GatewayConfig config;
    private final ObjectMapper json;
    private final StreamExpiry expiry;

    JobEventStream(JobBroker broker, JobMetrics metrics, GatewayConfig config, ObjectMapper json) {
        this.broker = broker;
        this.metrics = metrics;
        this.config = config;
        this.json = json;
        this.expiry = new StreamExpiry(config.retention(), recheck(config), Clock.systemUTC(), broker::state);
    }

    /** A quarter of the retention, at most a keep-alive interval: soon enough after the event expires. */
    private static Duration recheck(GatewayConfig config) {
        Duration quarter = config.retention().dividedBy(4);
        return quarter.compareTo(config.sseKeepAlive()) < 0 ? quarter : config.sseKeepAlive();
    }

    Multi<OutboundSseEvent> stream(JobEvent current, Sse sse) {
        return Multi.createFrom().emitter(emitter -> open(emitter, current, sse));
    }

    private void open(MultiEmitter<? super OutboundSseEvent> emitter, JobEvent current, Sse sse) {
        metrics.sseOpened();
        Ordered ordered = new Ordered(emitter, sse);
        // Subscribe before re-reading, so an event published in between is not lost.
        AutoCloseable subscription = broker.subscribe(current.jobId(), ordered::send);
        ExpiryWatch watch = new ExpiryWatch(ordered);
        SseLifetime.keepAlive(emitter, sse, config.sseKeepAlive(), List.of(subscription, watch), metrics::sseClosed);
        JobState now = broker.state(current.jobId());
        ordered.send(now instanceof JobState.Known known ? known.event() : current);
        watch.check();
    }

    /** Drops events older than one already sent (the re-read and a live event may cross). */
    private final class Ordered {
        private final MultiEmitter<? super OutboundSseEvent> emitter;
        private final Sse sse;
        private JobEvent last;

        Ordered(MultiEmitter<? super OutboundSseEvent> emitter, Sse sse) {
            this.emitter = emitter;
            this.sse = sse;
        }

        synchronized void send(JobEvent event) {
            if (last != null && (last.status().terminal() || event.at().isBefore(last.at()))) {
                return;
            }
            last = event;
            emitter.emit(sse.newEventBuilder()
                    .id(EventId.of(event).text())
                    .name(event.status().name().toLowerCase(Locale.ROOT))
                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(text(JobView.of(event)))
                    .build());
            if (event.status().terminal()) {
                emitter.complete();
            }
        }

        synchronized JobEvent last() {
            return last;
        }
    }

    /** Asks {@link StreamExpiry} again whenever it said to wait, until the stream ends. */
    private final class ExpiryWatch implements AutoCloseable {
        private final Ordered ordered;
        private ScheduledFuture<?> next;
        private boolean closed;

        ExpiryWatch(Ordered ordered) {
            this.ordered = ordered;
        }

        void check() {
            JobEvent last = ordered.last();
            if (last.status().terminal()) {
                return;
            }
            StreamExpiry.Verdict verdict = expiry.check(last);
            if (verdict instanceof StreamExpiry.Verdict.Wait wait) {
                later(wait.left());
            } else if (verdict instanceof StreamExpiry.Verdict.Newer newer) {
                ordered.send(newer.event());
                check();
            } else if (verdict instanceof StreamExpiry.Verdict.Outlived outlived) {
                ordered.send(outlived.failed());
            }
        }

        private synchronized void later(Duration left) {
            if (!closed) {
                next = Infrastructure.getDefaultWorkerPool().schedule(this::check, left.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        @Override
        public synchronized void close() {
            closed = true;
            if (next != null) {
                next.cancel(false);
            }
        }
    }

    private String text(JobView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a job view", e);
        }
    }
}
