package dev.cutout.gateway.jobs;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
import com.rabbitmq.client.ShutdownSignalException;
import dev.cutout.contract.Topology;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * A batch's record in its own queue ({@link Topology#batchQueue}, the arguments of a job's queue: one message,
 * dropped after the retention): written once with a publisher confirm, read like a job's latest message
 * (basic.get, then nack with requeue, retrying briefly while another replica holds it).
 */
final class BatchQueue {

    private static final String CONTENT_TYPE = "application/json";
    private static final int PERSISTENT = 2;
    private static final int EMPTY_RETRIES = 3;
    private static final long EMPTY_RETRY_MILLIS = 30;

    private final RabbitConnection connection;
    private final Duration retention;
    private final Duration confirmTimeout;

    BatchQueue(RabbitConnection connection, Duration retention, Duration confirmTimeout) {
        this.connection = connection;
        this.retention = retention;
        this.confirmTimeout = confirmTimeout;
    }

    void put(String batchId, byte[] record) {
        String queue = Topology.batchQueue(batchId);
        try (Channel channel = connection.channel()) {
            channel.confirmSelect();
            channel.queueDeclare(queue, true, false, false, Topology.jobQueueArguments(retention));
            AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                    .contentType(CONTENT_TYPE).deliveryMode(PERSISTENT).messageId(batchId).build();
            channel.basicPublish("", queue, true, properties, record);
            channel.waitForConfirmsOrDie(confirmTimeout.toMillis());
        } catch (IOException | TimeoutException | InterruptedException | ShutdownSignalException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new BrokerUnavailableException("the batch could not be stored: " + e.getMessage(), e);
        }
    }

    /**
     * The record; empty when the queue is gone or its message expired.
     *
     * @throws BrokerUnavailableException when the queue stays empty though not expired (another replica reading)
     */
    Optional<byte[]> get(String batchId, boolean expired) {
        for (int attempt = 0; ; attempt++) {
            Optional<byte[]> record;
            try {
                record = readOnce(Topology.batchQueue(batchId));
            } catch (JobQueueReader.QueueGone gone) {
                return Optional.empty();
            }
            if (record.isPresent() || expired) {
                return record;
            }
            if (attempt == EMPTY_RETRIES) {
                throw new BrokerUnavailableException("the batch is being read by another request; try again");
            }
            pause();
        }
    }

    private Optional<byte[]> readOnce(String queue) throws JobQueueReader.QueueGone {
        try (Channel channel = connection.channel()) {
            GetResponse response = channel.basicGet(queue, false);
            if (response == null) {
                return Optional.empty();
            }
            channel.basicNack(response.getEnvelope().getDeliveryTag(), false, true);
            return Optional.of(response.getBody());
        } catch (IOException | TimeoutException | ShutdownSignalException e) {
            if (JobQueueReader.notFound(e)) {
                throw new JobQueueReader.QueueGone();
            }
            throw new BrokerUnavailableException("cannot read the batch's queue: " + e.getMessage(), e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(EMPTY_RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("interrupted while reading the batch's queue", e);
        }
    }
}
