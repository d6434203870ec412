package dev.cutout.gateway.jobs;

import dev.cutout.contract.JobEvent;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/** Hands each event seen by this replica to the listeners of its job; events of other jobs are dropped. */
public final class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);

    private final Map<String, Set<Consumer<JobEvent>>> listeners = new ConcurrentHashMap<>();

    public AutoCloseable add(String jobId, Consumer<JobEvent> listener) {
        listeners.computeIfAbsent(jobId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(jobId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    public void dispatch(JobEvent event) {
        Set<Consumer<JobEvent>> set = listeners.get(event.jobId());
        if (set == null) {
            return;
        }
        for (Consumer<JobEvent> listener : set) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                // One broken listener (a client gone mid-write) must not starve the others.
                LOG.warnf(e, "listener of job %s failed", event.jobId());
            }
        }
    }
}
