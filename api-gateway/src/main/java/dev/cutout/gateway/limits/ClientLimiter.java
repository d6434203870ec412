package dev.cutout.gateway.limits;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Every client's submit rate and unfinished jobs on this gateway, in memory (each replica limits on its own). A
 * client with nothing to remember (see {@link ClientState#blank}) is dropped; at most {@code maxClients} are held,
 * and past that the least recently seen go first, which loosens their limits but never locks anyone out.
 */
final class ClientLimiter {

    private static final Logger LOG = Logger.getLogger(ClientLimiter.class);
    /** A full table is cut to this share of its size, so that it is swept once per tenth of it in new clients. */
    private static final double SWEEP_TO = 0.9;

    /** @param refill the time one submit's token takes to come back: a minute over the requests per minute */
    record Settings(int burst, Duration refill, int concurrentJobs, Duration concurrentJobsRetryAfter,
                    Duration jobLifetime, int maxClients) {
    }

    private final Settings settings;
    private final LongSupplier nanos;
    private final Map<ClientId, ClientState> clients = new ConcurrentHashMap<>();
    /** Who owns each unfinished job, for its end. */
    private final Map<String, ClientState> owners = new ConcurrentHashMap<>();

    ClientLimiter(Settings settings, LongSupplier nanos) {
        this.settings = settings;
        this.nanos = nanos;
    }

    Admission admit(ClientId client) {
        long now = nanos.getAsLong();
        if (clients.size() >= settings.maxClients() && !clients.containsKey(client)) {
            sweep(now);
        }
        Admission[] admission = new Admission[1];
        clients.compute(client, (id, known) -> {
            ClientState state = known != null ? known : new ClientState(settings, now);
            state.expire(now).forEach(owners::remove); // a client is never locked out longer than the retention
            admission[0] = state.admit(now);
            return state;
        });
        return admission[0];
    }

    /** {@code endWatch} is closed when the job ends, expires or is deleted, or at once when it is not counted. */
    void queued(Reservation reservation, String jobId, AutoCloseable endWatch) {
        ClientState owner = reservation.owner();
        if (owner.queued(reservation, jobId, nanos.getAsLong(), endWatch)) {
            owners.put(jobId, owner);
        }
    }

    /** The request is over: its slot is free unless a job took it. */
    void finished(Reservation reservation) {
        reservation.owner().release(reservation);
    }

    /** The job is done, failed or deleted: its slot is free. Unknown ids (other clients', other replicas') are ignored. */
    void ended(String jobId) {
        ClientState owner = owners.remove(jobId);
        if (owner != null) {
            owner.ended(jobId);
        }
    }

    int clients() {
        return clients.size();
    }

    int unfinishedJobs(ClientId client) {
        ClientState state = clients.get(client);
        return state == null ? 0 : state.unfinishedJobs();
    }

    /**
     * Drops blank clients, then, if still too many, the least recently seen; O(clients log clients), once per tenth
     * of them. One sweep at a time: the threads that found the table full meanwhile find it swept.
     */
    private synchronized void sweep(long now) {
        if (clients.size() < settings.maxClients()) {
            return;
        }
        for (ClientId id : List.copyOf(clients.keySet())) {
            clients.computeIfPresent(id, (key, state) -> {
                state.expire(now).forEach(owners::remove);
                return state.blank(now) ? null : state;
            });
        }
        int target = (int) (settings.maxClients() * SWEEP_TO);
        int over = clients.size() - target;
        if (over <= 0) {
            return;
        }
        // Ages read once: a client seen again while sorting must not change the order under the sort's feet.
        List<ClientId> oldest = clients.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), now - e.getValue().lastSeen()))
                .sorted(Map.Entry.<ClientId, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(over).map(Map.Entry::getKey).toList();
        for (ClientId id : oldest) {
            ClientState state = clients.remove(id);
            if (state != null) {
                state.forget().forEach(owners::remove);
            }
        }
        LOG.warnf("client limits: more than %d clients with recent submits; forgot the %d seen longest ago "
                + "(cutout-gateway.client-limits.max-clients)", settings.maxClients(), oldest.size());
    }
}
