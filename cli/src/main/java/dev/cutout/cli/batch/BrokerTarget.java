package dev.cutout.cli.batch;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.cutout.contract.AmqpMessage;
import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.EventMessage;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobFailure;
import dev.cutout.contract.JobMessage;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.JobStatus;
import dev.cutout.contract.Topology;
import dev.cutout.contract.TopologyDeclarer;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Straight onto the queue, as MESSAGING.md's "A client, step by step" says, with common's contract classes:
 * per photo a channel with publisher confirms declares {@code cutout.job.<id>} ({@link Topology#declareJobQueue}),
 * consumes it, publishes the {@link JobMessage} to {@code cutout.jobs} (mandatory, persistent), waits for the
 * confirm (a nack: the queue is full; published again after a pause, see {@link Backoff}), then for the DONE (the PNG) or FAILED event, and deletes the queue. A job abandoned half-way (Ctrl-C
 * twice) has its queue deleted too, so the worker skips it.
 */
final class BrokerTarget implements JobTarget {

    /** Jobs in flight per consumer of {@code cutout.jobs}: one being processed, one waiting, no idle gap. */
    static final int JOBS_PER_WORKER = 2;
    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(30);
    /** The job queue's retention; a job nobody took ends as TIMEOUT after the workers' own retention. */
    private static final Duration RETENTION = Topology.DEFAULT_RETENTION;
    private static final Duration WAIT_MARGIN = Duration.ofMinutes(2);
    private static final String CONTENT_TYPE = "application/octet-stream";

    private final Connection connection;
    private final int consumers;

    private BrokerTarget(Connection connection, int consumers) {
        this.connection = connection;
        this.consumers = consumers;
    }

    /** Connects and checks that {@code cutout.jobs} exists (a worker or gateway declared it). */
    static BrokerTarget connect(URI amqp) throws IOException {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(amqp);
        } catch (GeneralSecurityException | java.net.URISyntaxException e) {
            throw new IOException("cannot use " + amqp + ": " + e.getMessage(), e);
        }
        Connection connection;
        try {
            connection = factory.newConnection("cutout-batch");
        } catch (TimeoutException e) {
            throw new IOException("no answer from the broker at " + amqp.getHost() + ":" + amqp.getPort(), e);
        } catch (IOException e) {
            // The client often says why only in the cause (refused login, unknown virtual host).
            Throwable reason = e.getMessage() == null && e.getCause() != null ? e.getCause() : e;
            throw new IOException("cannot connect to the broker at " + amqp.getHost() + ":" + amqp.getPort()
                    + " (virtual host " + factory.getVirtualHost() + "): " + reason.getMessage(), e);
        }
        Channel channel = connection.createChannel();
        try {
            int consumers = channel.queueDeclarePassive(Topology.JOBS_QUEUE).getConsumerCount();
            channel.close();
            return new BrokerTarget(connection, consumers);
        } catch (IOException e) {
            connection.abort();
            throw new IOException("the broker has no queue " + Topology.JOBS_QUEUE
                    + " on this virtual host: start a worker (or gateway) against it first", e);
        } catch (TimeoutException e) {
            connection.abort();
            throw new IOException("the broker did not close a channel", e);
        }
    }

    @Override
    public int defaultJobs() {
        return Math.max(1, consumers) * JOBS_PER_WORKER;
    }

    @Override
    public JobOutcome process(byte[] photo, JobOptions options)
            throws IOException, InterruptedException {
        String id = UUID.randomUUID().toString();
        String queue = Topology.jobQueue(id);
        Channel channel = connection.createChannel();
        try {
            channel.confirmSelect();
            Topology.declareJobQueue(
                    TopologyDeclarer.of(channel::exchangeDeclare, channel::queueDeclare, channel::queueBind), id, RETENTION);
            CompletableFuture<JobOutcome> outcome = new CompletableFuture<>();
            channel.addReturnListener(returned -> outcome.completeExceptionally(new IOException(
                    "the broker routed the job to no queue (" + returned.getReplyText() + "): is cutout.jobs bound?")));
            channel.basicConsume(queue, true, (tag, delivery) -> {
                Optional<JobEvent> event = EventMessage.read(AmqpProperties.read(delivery.getProperties()), delivery.getBody());
                event.filter(e -> e.status().terminal()).ifPresent(e -> outcome.complete(outcome(e, delivery.getBody())));
            }, tag -> outcome.completeExceptionally(new IOException("the broker cancelled the consumer of " + queue)));
            AmqpMessage message = JobMessage.write(id, options, CONTENT_TYPE, photo, Instant.now());
            AMQP.BasicProperties properties = AmqpProperties.of(message.properties());
            publish(channel, properties, message.body());
            return outcome.get(RETENTION.plus(WAIT_MARGIN).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            return new JobOutcome.Failed(ErrorCode.TIMEOUT, "no outcome for job " + id + " within the retention");
        } finally {
            if (channel.isOpen()) {
                channel.queueDelete(queue);
                close(channel);
            }
        }
    }

    /**
     * Publishes the job and waits for the confirm; a nack ({@code cutout.jobs} at its {@code x-max-length}, which
     * refuses and never drops) is published again after a pause, for as long as a queued job could wait.
     */
    private static void publish(Channel channel, AMQP.BasicProperties properties, byte[] body)
            throws IOException, InterruptedException, TimeoutException {
        Backoff backoff = new Backoff(RETENTION);
        do {
            channel.basicPublish(Topology.JOBS_EXCHANGE, Topology.JOBS_ROUTING_KEY, true, properties, body);
            if (channel.waitForConfirms(CONFIRM_TIMEOUT.toMillis())) {
                return;
            }
        } while (backoff.pause(Optional.empty()));
        throw new IOException("the broker kept refusing the job: " + Topology.JOBS_QUEUE + " stayed full for " + RETENTION);
    }

    private static JobOutcome outcome(JobEvent event, byte[] body) {
        if (event.status() == JobStatus.DONE) {
            return new JobOutcome.Done(body);
        }
        JobFailure failure = event.failure().orElseThrow();
        return new JobOutcome.Failed(failure.code(), failure.message());
    }

    private static void close(Channel channel) throws IOException {
        try {
            channel.close();
        } catch (TimeoutException e) {
            throw new IOException("the broker did not close a channel", e);
        }
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }
}
