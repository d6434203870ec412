package dev.cutout.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutout.contract.JobEvent;
import dev.cutout.gateway.config.GatewayConfig;
import dev.cutout.gateway.jobs.JobBroker;
import dev.cutout.gateway.jobs.JobMetrics;
import dev.cutout.gateway.jobs.JobState;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.List;
import java.util.Locale;

/**
 * A job's events as SSE: the current state first (a late client still learns where the job is),
 * then this replica's fan-out events for the job, ending after DONE or FAILED.
 */
@ApplicationScoped
public class JobEventStream {

    private final JobBroker broker;
    private final JobMetrics metrics;
    private final GatewayConfig config;
    private final ObjectMapper json;

    JobEventStream(JobBroker broker, JobMetrics metrics, GatewayConfig config, ObjectMapper json) {
        this.broker = broker;
        this.metrics = metrics;
        this.config = config;
        this.json = json;
    }

    Multi<OutboundSseEvent> stream(JobEvent current, Sse sse) {
        return Multi.createFrom().emitter(emitter -> open(emitter, current, sse));
    }

    private void open(MultiEmitter<? super OutboundSseEvent> emitter, JobEvent current, Sse sse) {
        metrics.sseOpened();
        Ordered ordered = new Ordered(emitter, sse);
        // Subscribe before re-reading, so an event published in between is not lost.
        AutoCloseable subscription = broker.subscribe(current.jobId(), ordered::send);
        SseLifetime.keepAlive(emitter, sse, config.sseKeepAlive(), List.of(subscription), metrics::sseClosed);
        JobState now = broker.state(current.jobId());
        ordered.send(now instanceof JobState.Known known ? known.event() : current);
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
                    .name(event.status().name().toLowerCase(Locale.ROOT))
                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(text(JobView.of(event)))
                    .build());
            if (event.status().terminal()) {
                emitter.complete();
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
