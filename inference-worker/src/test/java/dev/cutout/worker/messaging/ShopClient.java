package dev.cutout.worker.messaging;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DeliverCallback;
import com.rabbitmq.client.GetResponse;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobEventJson;
import dev.cutout.contract.JobHeaders;
import dev.cutout.contract.JobInput;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.JobStatus;
import dev.cutout.contract.OutputKind;
import dev.cutout.contract.RefineParts;
import dev.cutout.contract.Refinement;
import dev.cutout.contract.Topology;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * What a shop's own AMQP client does (plain com.rabbitmq amqp-client, no Cutout code on the wire
 * path): declare a reply queue, publish a job, listen to the events fan-out, read the result.
 */
final class ShopClient implements AutoCloseable {

    static final Duration RETENTION = Duration.ofMinutes(2);

    private final Connection connection;
    private final Channel channel;
    private final BlockingQueue<JobEvent> fanout = new LinkedBlockingQueue<>();
    private final List<String> replyQueues = new ArrayList<>();

    ShopClient() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        factory.setVirtualHost(OwnVirtualHost.name());
        connection = factory.newConnection("cutout-worker-it");
        channel = connection.createChannel();
        String events = channel.queueDeclare().getQueue(); // exclusive, auto-delete: ours alone
        channel.queueBind(events, Topology.EVENTS_EXCHANGE, "");
        DeliverCallback onEvent = (tag, delivery) ->
                fanout.add(JobEventJson.read(new String(delivery.getBody(), StandardCharsets.UTF_8)));
        channel.basicConsume(events, true, onEvent, tag -> { });
    }

    /** A fresh job id and its reply queue, declared as the gateway would. */
    String newJob() throws Exception {
        String id = "it-" + UUID.randomUUID();
        channel.queueDeclare(Topology.jobQueue(id), false, false, false, Topology.jobQueueArguments(RETENTION));
        replyQueues.add(Topology.jobQueue(id));
        return id;
    }

    /** The file name every job of this client carries; the worker copies it onto the replies. */
    static final String FILE_NAME = "shop photo.jpg";

    /** A job without {@value Topology#HEADER_VERSION}, as a client written before the header sends it (contract 1). */
    void submit(String id, byte[] image) throws Exception {
        submit(id, image, Map.of());
    }

    /** The same with {@code extra} headers on top of the options'. */
    void submit(String id, byte[] image, Map<String, Object> extra) throws Exception {
        submit(id, Topology.jobQueue(id), image, extra);
    }

    /** The same with the replies going to {@code replyTo}, a queue of the client's choosing. */
    void submit(String id, String replyTo, byte[] image, Map<String, Object> extra) throws Exception {
        Map<String, Object> headers = new HashMap<>(JobHeaders.write(new JobOptions(Optional.empty(), OutputKind.CUTOUT,
                JobOptions.DEFAULT_BACKGROUND, true, false, false, Optional.of(FILE_NAME))));
        headers.putAll(extra);
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .messageId(id)
                .replyTo(replyTo)
                .headers(headers)
                .deliveryMode(2)
                .build();
        channel.basicPublish(Topology.JOBS_EXCHANGE, Topology.JOBS_ROUTING_KEY, properties, image);
    }

    /** A refine job as a shop's own client publishes it: the {@link RefineParts} body and headers. */
    void submitRefine(String id, byte[] photo, Refinement refinement) throws Exception {
        JobInput input = new JobInput(photo, Optional.of(refinement));
        Map<String, Object> headers = new HashMap<>(JobHeaders.write(new JobOptions(Optional.empty(), OutputKind.CUTOUT,
                JobOptions.DEFAULT_BACKGROUND, true, false, false, Optional.of(FILE_NAME))));
        headers.putAll(RefineParts.headers(input));
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .messageId(id).replyTo(Topology.jobQueue(id)).headers(headers).deliveryMode(2).build();
        channel.basicPublish(Topology.JOBS_EXCHANGE, Topology.JOBS_ROUTING_KEY, properties, RefineParts.body(input));
    }

    void publishDeadJob(String id, Map<String, Object> headers) throws Exception {
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .messageId(id).replyTo(Topology.jobQueue(id)).headers(headers).build();
        channel.basicPublish("", Topology.DEAD_LETTER_QUEUE, properties, new byte[] {1, 2, 3});
    }

    void deleteReplyQueue(String id) throws Exception {
        channel.queueDelete(Topology.jobQueue(id));
    }

    Channel channel() {
        return channel;
    }

    /** The job's events from the fan-out, up to and including the terminal one. */
    List<JobEvent> eventsUntilTerminal(String id, Duration timeout) throws InterruptedException {
        return eventsUntil(id, JobStatus::terminal, timeout);
    }

    /** The job's events from the fan-out, up to and including the first whose status passes {@code last}. */
    List<JobEvent> eventsUntil(String id, Predicate<JobStatus> last, Duration timeout) throws InterruptedException {
        List<JobEvent> events = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JobEvent event = fanout.poll(100, TimeUnit.MILLISECONDS);
            if (event != null && event.jobId().equals(id)) {
                events.add(event);
                if (last.test(event.status())) {
                    return events;
                }
            }
        }
        throw new AssertionError("no such event for " + id + " within " + timeout + "; got " + events);
    }

    /** Every fan-out event received so far for {@code id}, without waiting. */
    List<JobEvent> eventsSoFar(String id) {
        List<JobEvent> all = new ArrayList<>();
        fanout.drainTo(all);
        fanout.addAll(all);
        return all.stream().filter(e -> e.jobId().equals(id)).toList();
    }

    /** The latest message of the job's own queue (events are replaced; the result is the last). */
    GetResponse latest(String id, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            GetResponse response = channel.basicGet(Topology.jobQueue(id), true);
            if (response != null) {
                return response;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("nothing in " + Topology.jobQueue(id) + " within " + timeout);
    }

    static JobEvent eventOf(GetResponse response) {
        return JobEventJson.read(response.getProps().getHeaders().get(Topology.HEADER_EVENT).toString());
    }

    @Override
    public void close() throws Exception {
        for (String queue : replyQueues) {
            channel.queueDelete(queue);
        }
        connection.close();
    }
}
