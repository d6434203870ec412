package dev.cutout.gateway.batches;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobOptions;
import dev.cutout.contract.JobStatus;
import dev.cutout.gateway.config.GatewayConfig;
import dev.cutout.gateway.jobs.JobBroker;
import dev.cutout.gateway.jobs.JobIds;
import dev.cutout.gateway.jobs.JobRejectedException;
import dev.cutout.gateway.jobs.JobRetention;
import dev.cutout.gateway.jobs.JobService;
import dev.cutout.gateway.jobs.JobState;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * A zip becomes a batch: every good entry an ordinary job ({@link JobService#submit}, the path of a single
 * upload), every bad one a failed item with its reason, and the batch's record kept in the broker. When the
 * whole zip is refused half-way, the jobs already queued for it are deleted again: nothing is left unowned.
 */
@ApplicationScoped
public class BatchService {

    private static final Logger LOG = Logger.getLogger(BatchService.class);

    private final JobService jobs;
    private final JobBroker broker;
    private final BatchZipReader reader;
    private final JobRetention retention;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    BatchService(JobService jobs, JobBroker broker, BatchLimits limits, GatewayConfig config, ObjectMapper json) {
        this.jobs = jobs;
        this.broker = broker;
        this.reader = new BatchZipReader(limits);
        this.retention = new JobRetention(config.retention(), clock);
        this.json = json;
    }

    /**
     * Reads the zip and queues its entries; {@code optionsFor} gives the job options for an entry's name.
     *
     * @return the batch as accepted: its jobs queued, its refused entries failed
     * @throws JobRejectedException when the whole zip is refused
     */
    public BatchView submit(InputStream zip, Function<String, JobOptions> optionsFor) {
        String id = JobIds.next(clock.instant());
        List<BatchRecord.Item> items = new ArrayList<>();
        Set<String> outputs = new HashSet<>();
        try {
            reader.read(zip, entry -> items.add(queue(entry, optionsFor, outputs)));
            broker.keepBatch(id, json.writeValueAsBytes(new BatchRecord(BatchRecord.VERSION, id, items)));
        } catch (IOException e) {
            forget(items, e);
            throw new UncheckedIOException("cannot write the batch record", e);
        } catch (RuntimeException e) {
            forget(items, e);
            throw e;
        }
        long queued = items.stream().filter(item -> item.jobId() != null).count();
        LOG.infof("batch %s: %d entries, %d queued, %d refused", id, items.size(), queued, items.size() - queued);
        return BatchItems.view(id, items.stream().map(item -> BatchItems.item(item, item.jobId() == null
                ? Optional.<JobEvent>empty() : Optional.of(JobEvent.of(item.jobId(), JobStatus.QUEUED)))).toList());
    }

    private BatchRecord.Item queue(ZipItem entry, Function<String, JobOptions> optionsFor, Set<String> outputs) {
        if (entry instanceof ZipItem.Refused refused) {
            return BatchRecord.Item.refused(refused.name(), refused.code().name(), refused.reason(), null, null);
        }
        ZipItem.Photo photo = (ZipItem.Photo) entry;
        String sha256 = sha256(photo.bytes());
        try {
            JobOptions options = optionsFor.apply(photo.name());
            String jobId = jobs.submit(photo.bytes(), options);
            return BatchRecord.Item.queued(photo.name(),
                    unique(EntryNames.output(photo.name(), options.format().format()), outputs), jobId,
                    photo.bytes().length, sha256);
        } catch (JobRejectedException e) {
            return BatchRecord.Item.refused(photo.name(), e.code().name(), e.getMessage(),
                    (long) photo.bytes().length, sha256);
        }
    }

    private static String unique(String output, Set<String> taken) {
        String name = output;
        for (int n = 2; !taken.add(name); n++) {
            name = EntryNames.numbered(output, n);
        }
        return name;
    }

    /** Deletes the jobs of a batch that will not exist; a failure to delete is added to {@code cause}. */
    private void forget(List<BatchRecord.Item> items, Exception cause) {
        for (BatchRecord.Item item : items) {
            if (item.jobId() != null) {
                try {
                    jobs.delete(item.jobId());
                } catch (RuntimeException e) {
                    cause.addSuppressed(e);
                }
            }
        }
    }

    /** The batch's record, or the 404/410 problem. */
    BatchRecord record(String id) {
        byte[] bytes = broker.batch(id).orElseThrow(() -> retention.gone(id) instanceof JobState.Expired
                ? BatchProblemException.expired(id)
                : BatchProblemException.notFound(id));
        try {
            return json.readValue(bytes, BatchRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException("batch " + id + " has an unreadable record", e);
        }
    }

    /** Counts and every item's state, one job read per item. */
    public BatchView view(String id) {
        return view(record(id));
    }

    BatchView view(BatchRecord record) {
        return BatchItems.view(record.id(), record.items().stream()
                .map(item -> BatchItems.item(item, item.jobId() == null ? Optional.empty()
                        : BatchItems.event(broker.state(item.jobId()))))
                .toList());
    }

    JobBroker broker() {
        return broker;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
