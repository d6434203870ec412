package dev.cutout.gateway.batches;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutout.contract.JobEvent;
import dev.cutout.gateway.config.GatewayConfig;
import dev.cutout.gateway.rest.SseLifetime;
import dev.cutout.gateway.jobs.JobBroker;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * A batch's progress as SSE: first event {@code batch} (the whole view, as {@code GET /api/v1/batches/{id}}), then
 * an {@code item} event (the counts and the changed item) for every event of one of its jobs seen by this
 * replica, and a last {@code batch} event when every item has finished, with {@code id: finished}: an EventSource
 * that reconnects after it sends that as {@code Last-Event-ID} and is answered 204. A reconnect before that
 * starts again with the whole view.
 */
@ApplicationScoped
public class BatchEventStream {

    /** Data of an {@code item} event. */
    public record ItemEvent(String batchId, BatchView.Counts counts, BatchView.ItemView item) {
    }

    /** The {@code id:} of the last event; the only event with an id. */
    public static final String FINISHED_ID = "finished";

    private final BatchService service;
    private final JobBroker broker;
    private final GatewayConfig config;
    private final ObjectMapper json;

    BatchEventStream(BatchService service, JobBroker broker, GatewayConfig config, ObjectMapper json) {
        this.service = service;
        this.broker = broker;
        this.config = config;
        this.json = json;
    }

    Multi<OutboundSseEvent> stream(BatchRecord record, Sse sse) {
        return Multi.createFrom().emitter(emitter -> open(emitter, record, sse));
    }

    private void open(MultiEmitter<? super OutboundSseEvent> emitter, BatchRecord record, Sse sse) {
        Tracker tracker = new Tracker(emitter, record, sse);
        // Subscribe before reading the current states, so an event published in between is not lost.
        List<AutoCloseable> subscriptions = new ArrayList<>();
        for (BatchRecord.Item item : record.items()) {
            if (item.jobId() != null) {
                subscriptions.add(broker.subscribe(item.jobId(), tracker::live));
            }
        }
        SseLifetime.keepAlive(emitter, sse, config.sseKeepAlive(), subscriptions, () -> { });
        tracker.start(service.view(record));
    }

    /** The latest event of every job of the batch, merged from the first read and the live events. */
    private final class Tracker {
        private final MultiEmitter<? super OutboundSseEvent> emitter;
        private final BatchRecord record;
        private final Sse sse;
        private final Map<String, JobEvent> latest = new HashMap<>();
        private final List<BatchView.ItemView> views = new ArrayList<>();
        private boolean started;
        private boolean ended;

        Tracker(MultiEmitter<? super OutboundSseEvent> emitter, BatchRecord record, Sse sse) {
            this.emitter = emitter;
            this.record = record;
            this.sse = sse;
        }

        synchronized void start(BatchView first) {
            for (int i = 0; i < record.items().size(); i++) {
                BatchRecord.Item item = record.items().get(i);
                JobEvent live = item.jobId() == null ? null : latest.get(item.jobId());
                views.add(live == null ? first.items().get(i) : BatchItems.item(item, Optional.of(live)));
            }
            started = true;
            emitBatch();
        }

        synchronized void live(JobEvent event) {
            JobEvent last = latest.get(event.jobId());
            if (last != null && (last.status().terminal() || event.at().isBefore(last.at()))) {
                return;
            }
            latest.put(event.jobId(), event);
            if (!started || ended) {
                return;
            }
            for (int i = 0; i < record.items().size(); i++) {
                BatchRecord.Item item = record.items().get(i);
                if (event.jobId().equals(item.jobId())) {
                    BatchView.ItemView view = BatchItems.item(item, Optional.of(event));
                    views.set(i, view);
                    BatchView batch = current();
                    emit("item", new ItemEvent(record.id(), batch.counts(), view));
                    if (batch.finished()) {
                        emitBatch();
                    }
                }
            }
        }

        private void emitBatch() {
            BatchView batch = current();
            if (batch.finished()) {
                emitter.emit(event("batch", batch).id(FINISHED_ID).build());
                ended = true;
                emitter.complete();
            } else {
                emit("batch", batch);
            }
        }

        private BatchView current() {
            return BatchItems.view(record.id(), List.copyOf(views));
        }

        private void emit(String name, Object data) {
            emitter.emit(event(name, data).build());
        }

        private OutboundSseEvent.Builder event(String name, Object data) {
            return sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE).data(text(data));
        }
    }

    private String text(Object view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a batch view", e);
        }
    }
}
