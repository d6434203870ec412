package dev.cutout.gateway.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** One client's bucket of submits and its unfinished jobs; every method holds this object's lock. */
final class ClientState {

    private static final Logger LOG = Logger.getLogger(ClientState.class);

    /** An unfinished job: since when (monotonic nanoseconds), and the subscription that tells of its end. */
    private record Job(long since, AutoCloseable endWatch) {
    }

    private final ClientLimiter.Settings settings;
    private final TokenBucket bucket;
    private final Map<String, Job> jobs = new HashMap<>();
    private int reserved;
    private long lastSeen;
    private boolean forgotten;

    ClientState(ClientLimiter.Settings settings, long now) {
        this.settings = settings;
        this.bucket = new TokenBucket(settings.burst(), settings.refill(), now);
        this.lastSeen = now;
    }

    /** The concurrency limit first: a client refused for it keeps its token. */
    synchronized Admission admit(long now) {
        lastSeen = now;
        if (jobs.size() + reserved >= settings.concurrentJobs()) {
            return new Admission.Refused(Limit.CONCURRENT_JOBS, settings.concurrentJobsRetryAfter());
        }
        long wait = bucket.take(now);
        if (wait > 0) {
            return new Admission.Refused(Limit.REQUESTS_PER_MINUTE, Duration.ofNanos(wait));
        }
        reserved++;
        return new Admission.Admitted(new Reservation(this));
    }

    /**
     * A job of {@code reservation}'s request was queued: the first takes over the request's slot, any later one (the
     * photos of a batch) adds its own. False when this client was forgotten meanwhile: the job is then not counted.
     */
    synchronized boolean queued(Reservation reservation, String jobId, long now, AutoCloseable endWatch) {
        if (reservation.giveUp()) {
            reserved--;
        }
        if (forgotten) {
            close(endWatch);
            return false;
        }
        jobs.put(jobId, new Job(now, endWatch));
        return true;
    }

    /** The request ended: a slot no job took over is free again. */
    synchronized void release(Reservation reservation) {
        if (reservation.giveUp()) {
            reserved--;
        }
    }

    synchronized void ended(String jobId) {
        Job job = jobs.remove(jobId);
        if (job != null) {
            close(job.endWatch());
        }
    }

    /**
     * Forgets the jobs older than the retention, whose end this gateway did not see (another replica deleted the
     * job, or an event was missed): by then the broker has forgotten them too. Returns their ids.
     */
    synchronized List<String> expire(long now) {
        List<String> expired = new ArrayList<>();
        for (Iterator<Map.Entry<String, Job>> it = jobs.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Job> entry = it.next();
            if (now - entry.getValue().since() > settings.jobLifetime().toNanos()) {
                close(entry.getValue().endWatch());
                expired.add(entry.getKey());
                it.remove();
            }
        }
        return expired;
    }

    /** Nothing to remember: a full bucket, no job, no request in flight; the same as a client never seen. */
    synchronized boolean blank(long now) {
        return jobs.isEmpty() && reserved == 0 && bucket.full(now);
    }

    synchronized long lastSeen() {
        return lastSeen;
    }

    /** Dropped from memory while not blank (too many clients): its jobs are no longer counted. Returns their ids. */
    synchronized List<String> forget() {
        forgotten = true;
        jobs.values().forEach(job -> close(job.endWatch()));
        List<String> ids = List.copyOf(jobs.keySet());
        jobs.clear();
        return ids;
    }

    synchronized int unfinishedJobs() {
        return jobs.size();
    }

    private static void close(AutoCloseable watch) {
        try {
            watch.close();
        } catch (Exception e) {
            LOG.warnf(e, "closing a job's end watch failed");
        }
    }
}
