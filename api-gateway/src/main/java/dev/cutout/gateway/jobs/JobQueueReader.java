package dev.cutout.gateway.jobs;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
import com.rabbitmq.client.ShutdownSignalException;
import dev.cutout.contract.EventMessage;
import dev.cutout.contract.OutputFormat;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.MessageProperties;
import dev.cutout.contract.Topology;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Reads the latest message of a job's queue without taking it: basic.get, then nack with requeue.
 *
 * <p>Two details the plain get-and-requeue misses: another replica may hold the message for a
 * moment (the queue looks empty: we retry briefly), and a message requeued while the worker
 * published a newer one can leave two messages behind (max-length counts only ready ones): we read
 * all, keep the latest and ack away the stale ones.
 */
final class JobQueueReader {

    /**
     * A message of a job queue: its event, the body (the result image once DONE), the client's file name and
     * the result's format (by the message's content type).
     */
    record Latest(JobEvent event, byte[] body, Optional<String> fileName, OutputFormat format) {
    }

    /** The queue does not exist (never declared, deleted, or expired). */
    static final class QueueGone extends Exception {
        QueueGone() {
            super(null, null, false, false);
        }
    }

    private static final int MAX_MESSAGES = 8;
    private static final int EMPTY_RETRIES = 3;
    private static final long EMPTY_RETRY_MILLIS = 30;
    private static final Comparator<Latest> NEWEST_LAST = Comparator
            .comparing((Latest l) -> l.event().status().terminal())
            .thenComparing(l -> l.event().at())
            .thenComparingInt(l -> l.event().progress());

    private final RabbitConnection connection;

    JobQueueReader(RabbitConnection connection) {
        this.connection = connection;
    }

    /** The latest message, or empty when the queue exists but holds none (its messages expired). */
    Optional<Latest> latest(String jobId) throws QueueGone {
        for (int attempt = 0; ; attempt++) {
            Optional<Latest> latest = readOnce(Topology.jobQueue(jobId));
            if (latest.isPresent() || attempt == EMPTY_RETRIES) {
                return latest;
            }
            pause();
        }
    }

    private Optional<Latest> readOnce(String queue) throws QueueGone {
        try (Channel channel = connection.channel()) {
            List<GetResponse> got = new ArrayList<>();
            GetResponse response;
            while (got.size() < MAX_MESSAGES && (response = channel.basicGet(queue, false)) != null) {
                got.add(response);
            }
            Optional<GetResponse> keep = got.stream()
                    .filter(r -> EventMessage.read(AmqpContract.from(r.getProps()), r.getBody()).isPresent())
                    .max(Comparator.comparing(JobQueueReader::latest, NEWEST_LAST));
            for (GetResponse r : got) {
                long tag = r.getEnvelope().getDeliveryTag();
                if (keep.isPresent() && r == keep.get()) {
                    channel.basicNack(tag, false, true);
                } else {
                    channel.basicAck(tag, false); // superseded by a newer message of the same job
                }
            }
            return keep.map(JobQueueReader::latest);
        } catch (IOException | TimeoutException | ShutdownSignalException e) {
            if (notFound(e)) {
                throw new QueueGone();
            }
            throw new BrokerUnavailableException("cannot read the job's queue: " + e.getMessage(), e);
        }
    }

    private static Latest latest(GetResponse r) {
        MessageProperties properties = AmqpContract.from(r.getProps());
        return new Latest(EventMessage.read(properties, r.getBody()).orElseThrow(), r.getBody(),
                EventMessage.fileName(properties), EventMessage.format(properties));
    }

    /** A channel closed by the broker with 404 NOT_FOUND: the queue is not there. */
    static boolean notFound(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ShutdownSignalException signal
                    && signal.getReason() instanceof AMQP.Channel.Close close
                    && close.getReplyCode() == AMQP.NOT_FOUND) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(EMPTY_RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("interrupted while reading the job's queue", e);
        }
    }
}
