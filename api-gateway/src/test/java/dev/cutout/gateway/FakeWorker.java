package dev.cutout.gateway;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.cutout.contract.AmqpMessage;
import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.EventMessage;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobMessage;
import dev.cutout.contract.JobStatus;
import dev.cutout.contract.OutputFormat;
import dev.cutout.contract.QualityReport;
import dev.cutout.contract.Topology;
import dev.cutout.gateway.jobs.AmqpContract;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Does for one job what the real worker does: takes it, publishes its events and its PNG, with the
 * worker's own messages ({@link EventMessage}) and its reading of the job ({@link JobMessage}). Test code only.
 */
public final class FakeWorker implements AutoCloseable {

    private final Connection connection;
    private final Channel channel;
    private final String queue;

    public FakeWorker() throws Exception {
        connection = TestBroker.factory().newConnection("cutout-fake-worker");
        channel = connection.createChannel();
        queue = channel.queueDeclare().getQueue(); // exclusive, auto-delete, server-named
        channel.queueBind(queue, TestBroker.jobsExchange, Topology.JOBS_ROUTING_KEY);
        channel.exchangeDeclare(TestBroker.eventsExchange, "fanout", true);
    }

    /** The job with this id, waiting up to a few seconds for it. */
    public GetResponse take(String jobId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(deadline)) {
            GetResponse r = channel.basicGet(queue, true);
            if (r != null && read(r).jobId().filter(jobId::equals).isPresent()) {
                return r;
            }
            if (r == null) {
                Thread.sleep(20);
            }
        }
        throw new AssertionError("job " + jobId + " never reached the workers' exchange");
    }

    /** Jobs that reached the workers' exchange since this worker started and are not taken yet. */
    public long waiting() throws Exception {
        return channel.messageCount(queue);
    }

    /** The next job, whatever its id. */
    public GetResponse takeAny() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(deadline)) {
            GetResponse r = channel.basicGet(queue, true);
            if (r != null) {
                return r;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no job reached the workers' exchange");
    }

    public void progress(GetResponse job, JobStatus status) throws Exception {
        publish(job, EventMessage.forJobQueue(JobEvent.of(id(job), status), fileName(job)));
    }

    /** DONE without a quality report, as a worker that predates the report sends it. */
    public void finish(GetResponse job, byte[] png) throws Exception {
        publish(job, EventMessage.result(JobEvent.of(id(job), JobStatus.DONE), png, fileName(job)));
    }

    /** DONE with a result in {@code format} (its media type as the message's content type), as the worker sends it. */
    public void finish(GetResponse job, byte[] image, OutputFormat format) throws Exception {
        publish(job, EventMessage.result(JobEvent.of(id(job), JobStatus.DONE), image, format, fileName(job)));
    }

    public void finish(GetResponse job, byte[] png, QualityReport quality) throws Exception {
        publish(job, EventMessage.result(JobEvent.done(id(job), quality), png, fileName(job)));
    }

    public void fail(GetResponse job, ErrorCode code, String message) throws Exception {
        publish(job, EventMessage.forJobQueue(JobEvent.failed(id(job), code, message), fileName(job)));
    }

    /** Latest state into the job's queue first, then the fan-out, as the worker does. */
    private void publish(GetResponse job, AmqpMessage toJobQueue) throws Exception {
        JobEvent event = EventMessage.read(toJobQueue.properties(), toJobQueue.body()).orElseThrow();
        AmqpMessage toFanout = EventMessage.forFanout(event);
        channel.basicPublish("", read(job).replyTo().orElseThrow(), AmqpContract.of(toJobQueue.properties()),
                toJobQueue.body());
        channel.basicPublish(TestBroker.eventsExchange, "", AmqpContract.of(toFanout.properties()), toFanout.body());
    }

    /** The job as the worker reads it. */
    public static JobMessage read(GetResponse job) {
        return JobMessage.read(AmqpContract.from(job.getProps()));
    }

    private static Optional<String> fileName(GetResponse job) {
        return read(job).fileName();
    }

    private static String id(GetResponse job) {
        return read(job).jobId().orElseThrow();
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
