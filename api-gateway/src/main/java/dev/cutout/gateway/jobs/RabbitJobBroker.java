package dev.cutout.gateway.jobs;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ShutdownSignalException;
import dev.cutout.contract.AmqpMessage;
import dev.cutout.contract.EventMessage;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobInput;
import dev.cutout.contract.JobMessage;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.JobStatus;
import dev.cutout.contract.Topology;
import dev.cutout.gateway.config.GatewayConfig;
import dev.cutout.image.ImageHeader;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Jobs over RabbitMQ ({@link Topology}): each job gets its own queue that keeps only its latest
 * event (and, at the end, the PNG) for the retention; the job itself goes to the workers' exchange
 * with a publisher confirm (a nack: the queue is full, nothing queued). Nothing about a job is held in this process.
 */
public final class RabbitJobBroker implements JobBroker, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RabbitJobBroker.class);

    private final GatewayConfig config;
    private final Clock clock;
    private final JobRetention retention;
    private final EventDispatcher dispatcher = new EventDispatcher();
    private final RabbitConnection connection;
    private final JobQueueReader reader;
    private final QueueDepth depth;
    private final BatchQueue batches;

    public RabbitJobBroker(GatewayConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.retention = new JobRetention(config.retention(), clock);
        this.connection = new RabbitConnection(config, dispatcher);
        this.reader = new JobQueueReader(connection);
        this.depth = new QueueDepth(connection, Topology.JOBS_QUEUE, config.rabbitmq().depthSampleInterval(), clock);
        this.batches = new BatchQueue(connection, config.retention(), config.rabbitmq().confirmTimeout());
        connection.tryConnect();
    }

    @Override
    public String submit(JobOptions options, JobInput input, ImageHeader header) {
        Instant now = clock.instant();
        String id = JobIds.next(now);
        String queue = Topology.jobQueue(id);
        GatewayConfig.Rabbitmq rabbit = config.rabbitmq();
        try (Channel channel = connection.channel()) {
            channel.confirmSelect();
            AtomicBoolean unroutable = new AtomicBoolean();
            channel.addReturnListener(returned -> unroutable.set(true));
            Topology.declareJobQueue(AmqpContract.declarer(channel), id, config.retention());
            publish(channel, "", queue, EventMessage.forJobQueue(JobEvent.of(id, JobStatus.QUEUED), options.fileName()));
            publish(channel, rabbit.jobsExchange(), rabbit.jobsRoutingKey(),
                    JobMessage.write(id, options, header.format().mediaType(), input, now));
            boolean allTaken = channel.waitForConfirms(rabbit.confirmTimeout().toMillis());
            if (unroutable.get()) {
                channel.queueDelete(queue);
                throw new BrokerUnavailableException("no job queue is bound to exchange " + rabbit.jobsExchange());
            }
            if (!allTaken) {
                // The job queue's own QUEUED event is never refused (drop-head): the nack is cutout.jobs at its maximum.
                channel.queueDelete(queue);
                throw new QueueFullException("the job queue holds its maximum of " + config.maxQueuedJobs() + " jobs");
            }
        } catch (IOException | TimeoutException | InterruptedException | ShutdownSignalException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new BrokerUnavailableException("the job could not be queued: " + e.getMessage(), e);
        }
        LOG.infof("job %s queued: %s %dx%d %d bytes%s", id, header.format(), header.width(), header.height(),
                input.image().length, input.refinement().isPresent() ? " (refine)" : "");
        return id;
    }

    /** Mandatory: a message no queue takes comes back (see the return listener) instead of vanishing. */
    private static void publish(Channel channel, String exchange, String routingKey, AmqpMessage message)
            throws IOException {
        channel.basicPublish(exchange, routingKey, true, AmqpContract.of(message.properties()), message.body());
    }

    @Override
    public JobState state(String jobId) {
        return read(jobId, false);
    }

    @Override
    public JobState result(String jobId) {
        return read(jobId, true);
    }

    private JobState read(String jobId, boolean withResult) {
        Optional<Instant> created = retention.issuedAt(jobId);
        if (created.isEmpty()) {
            return new JobState.Unknown(jobId);
        }
        try {
            Optional<JobQueueReader.Latest> latest = reader.latest(jobId);
            if (latest.isEmpty()) {
                if (retention.expired(created.get())) {
                    return new JobState.Expired(jobId);
                }
                throw new BrokerUnavailableException("the job's state is being read by another request; try again");
            }
            JobQueueReader.Latest l = latest.get();
            if (withResult && l.event().status() == JobStatus.DONE) {
                return new JobState.Ready(new JobResult(l.event(), l.body(), l.fileName(), l.format()));
            }
            return new JobState.Known(l.event());
        } catch (JobQueueReader.QueueGone gone) {
            return retention.gone(jobId);
        }
    }

    @Override
    public JobState delete(String jobId) {
        Optional<Instant> created = retention.issuedAt(jobId);
        if (created.isEmpty()) {
            return new JobState.Unknown(jobId);
        }
        String queue = Topology.jobQueue(jobId);
        try (Channel channel = connection.channel()) {
            AMQP.Queue.DeclareOk ok = channel.queueDeclarePassive(queue);
            channel.queueDelete(ok.getQueue());
            LOG.infof("job %s deleted", jobId);
            return new JobState.Known(JobEvent.of(jobId, JobStatus.QUEUED));
        } catch (IOException | TimeoutException | ShutdownSignalException e) {
            if (JobQueueReader.notFound(e)) {
                return retention.gone(jobId);
            }
            throw new BrokerUnavailableException("the job could not be deleted: " + e.getMessage(), e);
        }
    }

    @Override
    public AutoCloseable subscribe(String jobId, Consumer<JobEvent> listener) {
        return dispatcher.add(jobId, listener);
    }

    @Override
    public void keepBatch(String batchId, byte[] record) {
        batches.put(batchId, record);
    }

    @Override
    public Optional<byte[]> batch(String batchId) {
        Optional<Instant> created = retention.issuedAt(batchId);
        return created.isEmpty() ? Optional.empty() : batches.get(batchId, retention.expired(created.get()));
    }

    @Override
    public boolean ready() {
        connection.tryConnect();
        return connection.isOpen();
    }

    @Override
    public Optional<Long> queueDepth() {
        return depth.sample();
    }

    @Override
    public void close() {
        connection.close();
    }
}
