package dev.cutout.contract;

import dev.cutout.contract.TopologyDeclarer.ExchangeType;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * The RabbitMQ names and arguments both services (and any AMQP client) agree on, and the one
 * declaration of them that both services run ({@link #declare}). The README draws the same topology.
 *
 * <pre>
 * client ──► exchange cutout.jobs (direct, key "job") ──► queue cutout.jobs (quorum, delivery limit)
 *                                                             │ dead letters (rejected, delivery limit, expired)
 *                                                             ▼
 *                                  exchange cutout.jobs.dlx (fanout) ──► queue cutout.jobs.dead
 * worker ──► default exchange, key = reply_to (cutout.job.&lt;id&gt;): events, then the result (latest kept)
 * worker ──► exchange cutout.events (fanout) ──► one exclusive queue per gateway replica (live SSE)
 * </pre>
 */
public final class Topology {

    public static final String JOBS_EXCHANGE = "cutout.jobs";
    public static final String JOBS_ROUTING_KEY = "job";
    public static final String JOBS_QUEUE = "cutout.jobs";
    public static final String DEAD_LETTER_EXCHANGE = "cutout.jobs.dlx";
    public static final String DEAD_LETTER_QUEUE = "cutout.jobs.dead";
    public static final String EVENTS_EXCHANGE = "cutout.events";
    /** Prefix of the per-job queue that holds a job's latest event and, at the end, its result. */
    public static final String JOB_QUEUE_PREFIX = "cutout.job.";
    /** Prefix of the per-batch queue (HTTP batches) that holds the batch's record, declared like a job's queue. */
    public static final String BATCH_QUEUE_PREFIX = "cutout.batch.";

    /** How many deliveries a job gets before it is dead-lettered (a worker crashing on it each time). */
    public static final int DELIVERY_LIMIT = 3;
    /** Default retention of statuses and results (configurable); enforced by the broker. */
    public static final Duration DEFAULT_RETENTION = Duration.ofMinutes(15);
    /**
     * Default most jobs {@value #JOBS_QUEUE} holds (configurable); one more is refused with a
     * publisher nack ({@code x-overflow reject-publish}), which the gateway answers with 503.
     */
    public static final long DEFAULT_MAX_QUEUED_JOBS = 10_000;

    /**
     * The version of the whole message contract (job message, events, result, topology) that
     * inference-worker/MESSAGING.md describes; bumped only by a change an existing client or worker
     * would misread. Job messages carry it in {@value #HEADER_VERSION}.
     */
    public static final int CONTRACT_VERSION = 1;

    // AMQP headers of a job message; the body is the image bytes. All optional.
    /** The contract version the job was written to ({@link #CONTRACT_VERSION}); absent means 1. */
    public static final String HEADER_VERSION = "cutout-version";
    public static final String HEADER_MODEL = "cutout-model";
    public static final String HEADER_OUTPUT = "cutout-output";
    public static final String HEADER_BACKGROUND = "cutout-background";
    public static final String HEADER_DECONTAMINATE = "cutout-decontaminate";
    public static final String HEADER_QUALITY = "cutout-quality";
    public static final String HEADER_MATTING = "cutout-matting";
    public static final String HEADER_FILE_NAME = "cutout-file-name";
    /** Shop layout ({@link Layout}): {@code subject} or {@code none}; margin {@code 5%} or {@code 40px}; canvas {@code WxH}; align. */
    public static final String HEADER_CROP = "cutout-crop";
    public static final String HEADER_MARGIN = "cutout-margin";
    public static final String HEADER_CANVAS = "cutout-canvas";
    public static final String HEADER_ALIGN = "cutout-align";
    /** The result's format ({@link OutputFormat}) and JPEG quality (1–100). */
    public static final String HEADER_FORMAT = "cutout-format";
    public static final String HEADER_JPEG_QUALITY = "cutout-jpeg-quality";
    /** A refine job ({@link RefineParts}): the byte lengths of the photo, previous result and hint mask in the body. */
    public static final String HEADER_REFINE = "cutout-refine";
    /** Edge controls of a refine job, in px ({@link Refinement}). */
    public static final String HEADER_FEATHER = "cutout-feather";
    public static final String HEADER_SHIFT = "cutout-shift";
    /** On messages of a job queue: the {@link JobEvent} as JSON (the body is the PNG once DONE). */
    public static final String HEADER_EVENT = "cutout-event";

    /** The exchanges jobs and events go through; the gateway may be pointed at others (its tests are). */
    public record Exchanges(String jobs, String jobsRoutingKey, String events) {

        public static final Exchanges DEFAULT = new Exchanges(JOBS_EXCHANGE, JOBS_ROUTING_KEY, EVENTS_EXCHANGE);
    }

    private Topology() {
    }

    /**
     * Everything the services share: the jobs exchange and quorum queue, the dead-letter exchange and
     * queue, and the events fan-out. Declaring again with the same arguments is harmless; with other
     * arguments (say, another retention) the broker refuses with PRECONDITION_FAILED.
     */
    public static void declare(TopologyDeclarer declarer, Exchanges exchanges, JobsQueue jobsQueue) throws IOException {
        declareEvents(declarer, exchanges);
        declarer.exchange(DEAD_LETTER_EXCHANGE, ExchangeType.FANOUT);
        declarer.queue(DEAD_LETTER_QUEUE, deadLetterQueueArguments(jobsQueue.retention()));
        declarer.bind(DEAD_LETTER_QUEUE, DEAD_LETTER_EXCHANGE, "");
        declarer.exchange(exchanges.jobs(), ExchangeType.DIRECT);
        declarer.queue(JOBS_QUEUE, jobsQueueArguments(jobsQueue));
        declarer.bind(JOBS_QUEUE, exchanges.jobs(), exchanges.jobsRoutingKey());
    }

    /** Only the events fan-out: for a gateway whose jobs exchange is not the shared one. */
    public static void declareEvents(TopologyDeclarer declarer, Exchanges exchanges) throws IOException {
        declarer.exchange(exchanges.events(), ExchangeType.FANOUT);
    }

    /** A job's own queue ({@link #jobQueueArguments}), declared by whoever submits the job. */
    public static void declareJobQueue(TopologyDeclarer declarer, String jobId, Duration retention) throws IOException {
        declarer.queue(jobQueue(jobId), jobQueueArguments(retention));
    }

    public static String jobQueue(String jobId) {
        return JOB_QUEUE_PREFIX + jobId;
    }

    public static String batchQueue(String batchId) {
        return BATCH_QUEUE_PREFIX + batchId;
    }

    /**
     * What every service declaring {@value #JOBS_QUEUE} must agree on: the broker refuses a second
     * declaration with other values (PRECONDITION_FAILED, see {@link #mismatchAdvice}).
     *
     * @param retention    how long a job may wait before it is dead-lettered (and its status kept)
     * @param maxQueuedJobs the most jobs the queue holds; a publish beyond it is nacked
     */
    public record JobsQueue(Duration retention, long maxQueuedJobs) {

        public JobsQueue {
            if (maxQueuedJobs < 1) {
                throw new IllegalArgumentException("max-queued-jobs must be at least 1, not " + maxQueuedJobs);
            }
        }

        public static JobsQueue withDefaultLength(Duration retention) {
            return new JobsQueue(retention, DEFAULT_MAX_QUEUED_JOBS);
        }
    }

    /**
     * {@value #JOBS_QUEUE}: a quorum queue (replicated, counts deliveries); a job waiting longer than
     * the retention, rejected, or delivered {@value #DELIVERY_LIMIT} times goes to the dead-letter exchange.
     * When it holds {@code maxQueuedJobs}, the next publish is refused (nacked), never dropped silently.
     */
    public static Map<String, Object> jobsQueueArguments(JobsQueue jobsQueue) {
        return Map.of(
                "x-queue-type", "quorum",
                "x-delivery-limit", DELIVERY_LIMIT,
                "x-message-ttl", jobsQueue.retention().toMillis(),
                "x-dead-letter-exchange", DEAD_LETTER_EXCHANGE,
                "x-max-length", jobsQueue.maxQueuedJobs(),
                "x-overflow", "reject-publish");
    }

    /**
     * Whether a declaration failed because the queue exists with other arguments: the broker closes the
     * channel with PRECONDITION_FAILED, which amqp-client reports as the cause's text (read here as text
     * so that common stays free of amqp-client).
     */
    public static boolean isArgumentMismatch(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("PRECONDITION_FAILED")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What to tell an operator whose broker refused a declaration of {@value #JOBS_QUEUE} with
     * PRECONDITION_FAILED: the queue exists with other arguments.
     */
    public static String mismatchAdvice(JobsQueue wanted) {
        return "queue " + JOBS_QUEUE + " already exists with other arguments than this service declares (retention "
                + wanted.retention() + ", max-queued-jobs " + wanted.maxQueuedJobs() + "): give every gateway and worker"
                + " the same retention and max-queued-jobs; a queue made by a Cutout release before max-queued-jobs"
                + " existed must be drained and deleted once (rabbitmqctl delete_queue " + JOBS_QUEUE + ")";
    }

    /** {@value #DEAD_LETTER_QUEUE}: dead jobs wait here only until turned into failed events, never past the retention. */
    public static Map<String, Object> deadLetterQueueArguments(Duration retention) {
        return Map.of("x-message-ttl", retention.toMillis());
    }

    /**
     * A job's own queue: keeps only the latest message (an event, or the result at the end); the
     * broker drops it {@code retention} after it was published and the queue itself once unused that long.
     */
    public static Map<String, Object> jobQueueArguments(Duration retention) {
        return Map.of(
                "x-max-length", 1,
                "x-overflow", "drop-head",
                "x-message-ttl", retention.toMillis(),
                "x-expires", retention.toMillis());
    }
}
