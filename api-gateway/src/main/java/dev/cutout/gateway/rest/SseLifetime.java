package dev.cutout.gateway.rest;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * What every event stream of the gateway does around its events: a keep-alive comment at a fixed interval
 * (proxies close idle connections), and on termination the ticker stopped and the broker subscriptions closed.
 */
public final class SseLifetime {

    private static final Logger LOG = Logger.getLogger(SseLifetime.class);

    private SseLifetime() {
    }

    /** Starts the keep-alive ticker; {@code onEnd} runs after the ticker and subscriptions are closed. */
    public static void keepAlive(MultiEmitter<? super OutboundSseEvent> emitter, Sse sse, Duration every,
                                 List<AutoCloseable> subscriptions, Runnable onEnd) {
        long millis = every.toMillis();
        ScheduledFuture<?> ticker = Infrastructure.getDefaultWorkerPool().scheduleAtFixedRate(
                () -> emitter.emit(sse.newEventBuilder().comment("keep-alive").build()),
                millis, millis, TimeUnit.MILLISECONDS);
        emitter.onTermination(() -> {
            ticker.cancel(false);
            subscriptions.forEach(SseLifetime::close);
            onEnd.run();
        });
    }

    private static void close(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.warnf("closing an event subscription: %s", e.getMessage());
        }
    }
}
