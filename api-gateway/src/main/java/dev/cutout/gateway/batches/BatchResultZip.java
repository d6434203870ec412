package dev.cutout.gateway.batches;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cutout.gateway.jobs.JobBroker;
import dev.cutout.gateway.jobs.JobResult;
import dev.cutout.gateway.jobs.JobState;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The result zip of a batch, written as it is sent: the finished PNGs one at a time (each read from its job and
 * written before the next is read), then {@code manifest.json} with a line per item, finished or not.
 */
final class BatchResultZip implements StreamingOutput {

    static final String MANIFEST = "manifest.json";

    /** One line of the manifest; {@code output*} only for a PNG in this zip, {@code error*} only for a failed item. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ManifestItem(String name, String output, String jobId, String status, String errorCode,
                        String errorMessage, Long inputBytes, String inputSha256, Long outputBytes,
                        String outputSha256) {
    }

    /** The manifest: the batch, whether every item had finished when the zip was written, and its items. */
    record Manifest(String batchId, boolean finished, BatchView.Counts counts, List<ManifestItem> items) {
    }

    private final BatchRecord record;
    private final JobBroker broker;
    private final ObjectMapper json;

    BatchResultZip(BatchRecord record, JobBroker broker, ObjectMapper json) {
        this.record = record;
        this.broker = broker;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @Override
    public void write(OutputStream output) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(output);
        List<ManifestItem> lines = new ArrayList<>();
        List<BatchView.ItemView> views = new ArrayList<>();
        for (BatchRecord.Item item : record.items()) {
            JobState state = item.jobId() == null ? null : broker.result(item.jobId());
            Optional<JobResult> ready = state instanceof JobState.Ready r ? Optional.of(r.result()) : Optional.empty();
            BatchView.ItemView view = BatchItems.item(item,
                    state == null ? Optional.empty() : BatchItems.event(state));
            views.add(view);
            if (ready.isPresent()) {
                byte[] png = ready.get().png();
                zip.putNextEntry(new ZipEntry(item.output()));
                zip.write(png);
                zip.closeEntry();
                lines.add(line(item, view, (long) png.length, BatchService.sha256(png)));
            } else {
                lines.add(line(item, view, null, null));
            }
        }
        BatchView summary = BatchItems.view(record.id(), views);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(json.writeValueAsBytes(new Manifest(record.id(), summary.finished(), summary.counts(), lines)));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private static ManifestItem line(BatchRecord.Item item, BatchView.ItemView view, Long outputBytes, String outputSha) {
        BatchView.Error error = view.error();
        return new ManifestItem(item.name(), outputBytes == null ? null : item.output(), item.jobId(), view.status(),
                error == null ? null : error.code(), error == null ? null : error.message(), item.bytes(),
                item.sha256(), outputBytes, outputSha);
    }
}
