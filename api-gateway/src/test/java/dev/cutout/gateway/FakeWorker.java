package dev.cutout.gateway;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobEventJson;
import dev.cutout.contract.JobStatus;
import dev.cutout.contract.QualityReport;
import dev.cutout.contract.Topology;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Does for one job what the real worker does: takes it, publishes its events and its PNG. Test code only. */
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
            if (r != null && jobId.equals(r.getProps().getMessageId())) {
                return r;
            }
            if (r == null) {
                Thread.sleep(20);
            }
        }
        throw new AssertionError("job " + jobId + " never reached the workers' exchange");
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
        publish(job, JobEvent.of(id(job), status), JobEventJson.write(JobEvent.of(id(job), status))
                .getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /** DONE without a quality report, as a worker that predates the report sends it. */
    public void finish(GetResponse job, byte[] png) throws Exception {
        publish(job, JobEvent.of(id(job), JobStatus.DONE), png, "image/png");
    }

    public void finish(GetResponse job, byte[] png, QualityReport quality) throws Exception {
        publish(job, JobEvent.done(id(job), quality), png, "image/png");
    }

    public void fail(GetResponse job, ErrorCode code, String message) throws Exception {
        JobEvent event = JobEvent.failed(id(job), code, message);
        publish(job, event, JobEventJson.write(event).getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /** Latest state into the job's queue first (with the file name copied), then the fan-out. */
    private void publish(GetResponse job, JobEvent event, byte[] body, String contentType) throws Exception {
        Map<String, Object> headers = new HashMap<>();
        headers.put(Topology.HEADER_EVENT, JobEventJson.write(event));
        Object fileName = job.getProps().getHeaders().get(Topology.HEADER_FILE_NAME);
        if (fileName != null) {
            headers.put(Topology.HEADER_FILE_NAME, fileName.toString());
        }
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                .headers(headers).contentType(contentType).deliveryMode(2).build();
        channel.basicPublish("", job.getProps().getReplyTo(), props, body);
        channel.basicPublish(TestBroker.eventsExchange, "", new AMQP.BasicProperties.Builder()
                .headers(Map.of(Topology.HEADER_EVENT, JobEventJson.write(event))).contentType("application/json").build(),
                JobEventJson.write(event).getBytes(StandardCharsets.UTF_8));
    }

    private static String id(GetResponse job) {
        return job.getProps().getMessageId();
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
